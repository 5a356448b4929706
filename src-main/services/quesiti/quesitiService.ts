/**
 * The Comunicazione bidirezionale on the app side: attachments staged and zipped here, every
 * quesito first written to the outbox and then sent, so that a quesito written offline, or
 * whose answer got lost, is sent again later under the same idempotency key — once.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ContractError, type EventHub } from '../../../shared/contract';
import {
  OutboxEntrySchema,
  type OutboxEntry,
  type SendQuesitoResult,
} from '../../../shared/contract/calls/quesitiCalls';
import {
  DEFAULT_ALLEGATO_LIMITS,
  ESITI_QUESITO,
  STATI_QUESITO,
  feedbackSchema,
  findOggetto,
  sanitiseFileNames,
  subjectOf,
  type Feedback,
  type QuesitoSummary,
  type StatoQuesito,
} from '../../../shared/domain/quesiti';
import { CassettoApiError } from '../cassettoApi/cassettoApiClient';
import { fixedScope, type UserScope } from '../userScope';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import { createOutbox, type OutboxRecord } from './outbox';
import { createStaging } from './staging';
import { zipFromDisk } from './zipAttachments';

export interface SendInput {
  posizioneId: string;
  classe: string;
  oggetto: string;
  testo: string;
  allegati: string[];
}

/** The network failed (no answer at all), as opposed to an answer that refused. */
const unreachable = (error: unknown) =>
  error instanceof ContractError && error.code === 'UNAVAILABLE' && !(error instanceof CassettoApiError);

/** The screen's view of a waiting quesito: the schema strips what stays in main (text, ZIP path). */
const toEntry = (record: OutboxRecord): OutboxEntry => OutboxEntrySchema.parse(record);

export function createQuesitiService(
  gateway: CassettoGateway,
  events: EventHub,
  /** The signed-in user's folder (a plain folder: one for everyone, as the CLI and tests use). */
  folder: UserScope | string,
  options: {
    retryMs?: number;
    /** Given by hosts with desktop notifications: state changes are also shown there. */
    notify?: (title: string, body: string) => void;
  } = {},
) {
  // The outbox and the staged attachments are the signed-in user's: another user's session
  // neither lists nor sends them. Staged files not sent are removed with their user's session.
  const scope = typeof folder === 'string' ? fixedScope(folder) : folder;
  const staging = scope.perUser(
    'quesiti.staging',
    (user) => createStaging(join(user.dir, 'quesiti', 'staging'), DEFAULT_ALLEGATO_LIMITS),
    (gone) => void gone.clear(),
  );
  const outbox = scope.perUser('quesiti.outbox', (user) => createOutbox(join(user.dir, 'quesiti', 'outbox')));
  let flushing: Promise<void> | null = null;
  // Entries `send` is posting itself: a flush meanwhile (timer, list) must not post them too.
  const sending = new Set<string>();

  async function post(record: OutboxRecord) {
    const zip = await outbox.zipOf(record);
    return gateway.call(
      endpoints.quesitoCreate,
      { posizioneId: record.posizioneId },
      {
        idempotencyKey: record.idempotencyKey,
        classe: record.classe,
        oggetto: record.oggetto,
        testo: record.testo,
        allegatiZip: zip ? Buffer.from(zip).toString('base64') : null,
      },
    );
  }

  /** Sends what waits, oldest first; stops at the first sign the service is still unreachable. */
  function flush(): Promise<void> {
    flushing ??= (async () => {
      try {
        const owner = scope.current().codiceFiscale;
        // Bound to this user's outbox: an answer that comes after a change of user lands there.
        const { list, remove, update } = outbox;
        const stillOwner = () => scope.current().codiceFiscale === owner;
        for (const record of [...(await list())]) {
          // Another user signed in meanwhile: the rest waits for its owner, never sent as theirs.
          if (!stillOwner()) return;
          if (record.lastError || sending.has(record.idempotencyKey)) continue;
          try {
            const quesito = await post(record);
            await remove(record.idempotencyKey);
            if (stillOwner())
              events.emit('quesiti.outboxSent', {
                idempotencyKey: record.idempotencyKey,
                protocollo: quesito.protocollo,
              });
          } catch (error) {
            if (unreachable(error) || (error instanceof ContractError && error.code === 'UNAUTHENTICATED'))
              return;
            // Refused by INPS: it will never pass as it is; kept, with the reason, for the user.
            await update(record.idempotencyKey, {
              lastError: error instanceof Error ? error.message : 'Invio rifiutato.',
            });
          }
        }
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  }

  // States last seen, to tell the user when the office moves a quesito (first look: no notice).
  let seen: Map<string, StatoQuesito> | null = null;
  /** Compares a fresh list with the last one: from the timer and from the user's own list alike. */
  function observe(quesiti: QuesitoSummary[]) {
    const previous = seen;
    seen = new Map(quesiti.map((q) => [q.id, q.stato]));
    if (!previous) return;
    for (const q of quesiti) {
      const before = previous.get(q.id);
      if (before && before !== q.stato) {
        events.emit('quesiti.changed', {
          quesitoId: q.id,
          protocollo: q.protocollo,
          stato: q.stato,
          esito: q.esito,
        });
        options.notify?.(
          `Quesito n. ${q.protocollo}`,
          `Il quesito «${q.oggettoLabel}» è ora «${STATI_QUESITO.labels[q.stato]}»${q.esito ? ` (esito: ${ESITI_QUESITO.labels[q.esito]})` : ''}.`,
        );
      }
    }
  }
  async function watch() {
    // A timer's look: it must not keep an idle session from expiring.
    observe(await gateway.call(endpoints.quesitiList, {}, undefined, { background: true }));
  }
  // A new session starts from its own first look, taken at once: a change made in the first
  // seconds after signing in is not taken for the starting point.
  const offAuth = events.subscribe((name, payload) => {
    if (name !== 'auth.changed') return;
    seen = null;
    if ((payload as { state?: string }).state === 'signed-in') void watch().catch(() => undefined);
  });

  const timer = setInterval(() => {
    // Signed out, there is no outbox to look at: the refusal ends up in the catch below.
    void Promise.resolve()
      .then(() => outbox.list())
      .then((entries) => (entries.some((e) => !e.lastError) ? flush() : undefined))
      // Watched whatever screen is open: the renderer shows the changes app-wide.
      .then(() => watch())
      .catch(() => undefined);
  }, options.retryMs ?? 10_000);
  timer.unref();

  return {
    stage: (nome: string, contenutoBase64: string) => staging.stage(nome, contenutoBase64),
    unstage: (stagedId: string) => staging.remove(stagedId),

    async send(input: SendInput): Promise<SendQuesitoResult> {
      if (!findOggetto(input.classe, input.oggetto)) {
        throw new ContractError(
          'INVALID_INPUT',
          'Scegliere una classe e un oggetto della circolare 34/2023.',
        );
      }
      const files = input.allegati.map((id) => staging.get(id));
      if (files.length > DEFAULT_ALLEGATO_LIMITS.maxFiles) {
        throw new ContractError(
          'INVALID_INPUT',
          `Si possono allegare al massimo ${DEFAULT_ALLEGATO_LIMITS.maxFiles} file.`,
        );
      }
      // Two files with the same name would collide inside the ZIP: "a.pdf", "a (2).pdf".
      const names = sanitiseFileNames(files.map((file) => file.nome));
      const zip =
        files.length === 0
          ? null
          : await zipFromDisk(
              files.map((file, i) => ({ path: file.path, name: names[i] ?? file.nome })),
              (percent) => events.emit('quesiti.progress', { percent }),
            );
      const record = await outbox.add(
        {
          idempotencyKey: randomUUID(),
          posizioneId: input.posizioneId,
          classe: input.classe,
          oggetto: input.oggetto,
          oggettoLabel: subjectOf(input.classe, input.oggetto),
          testo: input.testo,
          createdAt: new Date().toISOString(),
          lastError: null,
        },
        zip,
      );
      await Promise.all(files.map((file) => staging.remove(file.stagedId)));
      sending.add(record.idempotencyKey);
      try {
        const quesito = await post(record);
        await outbox.remove(record.idempotencyKey);
        return { kind: 'sent', quesito };
      } catch (error) {
        if (unreachable(error)) return { kind: 'queued', entry: toEntry(record) };
        await outbox.remove(record.idempotencyKey);
        throw error;
      } finally {
        sending.delete(record.idempotencyKey);
      }
    },

    async list(): Promise<{ quesiti: QuesitoSummary[]; outbox: OutboxEntry[]; raggiungibile: boolean }> {
      await flush();
      let quesiti: QuesitoSummary[] = [];
      let raggiungibile = true;
      try {
        quesiti = await gateway.call(endpoints.quesitiList, {});
        observe(quesiti);
      } catch (error) {
        if (!unreachable(error)) throw error;
        raggiungibile = false;
      }
      return { quesiti, outbox: (await outbox.list()).map(toEntry), raggiungibile };
    },

    /**
     * Drops an entry the INPS refused, record and ZIP together. Only refused ones: an entry still
     * waiting may be on its way right now, and discarding it could not stop a quesito already made.
     */
    async discard(idempotencyKey: string): Promise<void> {
      if (flushing) await flushing;
      const entry = (await outbox.list()).find((e) => e.idempotencyKey === idempotencyKey);
      if (!entry) {
        throw new ContractError('NOT_FOUND', 'Il quesito non è più nella posta in uscita.');
      }
      if (!entry.lastError) {
        throw new ContractError(
          'CONFLICT',
          'Il quesito è in attesa di invio: si può scartare solo un quesito rifiutato dall’INPS.',
        );
      }
      await outbox.remove(idempotencyKey);
    },

    detail: (posizioneId: string, quesitoId: string) =>
      gateway.call(endpoints.quesitoDetail, { posizioneId, quesitoId }),
    allegati: (posizioneId: string, quesitoId: string) =>
      gateway.call(endpoints.quesitoAllegati, { posizioneId, quesitoId }),
    slots: (posizioneId: string, quesitoId: string) =>
      gateway.call(endpoints.quesitoSlots, { posizioneId, quesitoId }),
    book: (posizioneId: string, quesitoId: string, slotId: string) =>
      gateway.call(endpoints.appuntamentoBook, { posizioneId, quesitoId }, { slotId }),
    cancelBooking: (posizioneId: string, quesitoId: string) =>
      gateway.call(endpoints.appuntamentoCancel, { posizioneId, quesitoId }),
    sendFeedback: (feedback: Feedback) =>
      gateway.call(endpoints.feedbackSend, {}, feedbackSchema.parse(feedback)),
    stop: () => {
      clearInterval(timer);
      offAuth();
    },
  };
}

export type QuesitiService = ReturnType<typeof createQuesitiService>;
