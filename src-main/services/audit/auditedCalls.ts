import { createHash } from 'node:crypto';
import type { CallName } from '../../../shared/contract';
import type { AuditOperation } from '../../../shared/domain/audit/operations';
import { formatMese } from '../../../shared/text/formatIt';
import { createDraftStore } from '../listapospa/draftStore';

/**
 * Which contract calls go to the audit log, and what of each: the operation, the posizione, a
 * short detail and the SHA-256 of the file that went in or out. Input is what the caller sent
 * (the entry is written even when it was refused), so everything is read defensively.
 */

export interface AuditSummary {
  posizioneId?: string;
  detail?: string;
  sha256?: string;
}

export interface AuditedCall {
  op: AuditOperation;
  /** Runs before the call: what the summary compares with (the settings as they were). */
  before?: (deps: { settings: { get(): unknown } }) => unknown;
  summarise(
    input: unknown,
    value: unknown,
    context: { userDir: string; before: unknown },
  ): AuditSummary | Promise<AuditSummary>;
}

type Bag = Record<string, unknown>;
const bag = (value: unknown): Bag => (typeof value === 'object' && value !== null ? (value as Bag) : {});
const text = (value: unknown, max = 120) => (typeof value === 'string' ? value.slice(0, max) : undefined);
const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');
const decoded = (base64: unknown) =>
  typeof base64 === 'string' ? sha(Buffer.from(base64, 'base64')) : undefined;

/** Drops the fields that are undefined: the entry's schema has them optional, not undefined. */
function summary(parts: { posizioneId?: unknown; detail?: unknown; sha256?: unknown }): AuditSummary {
  const out: AuditSummary = {};
  const posizioneId = text(parts.posizioneId, 40);
  const detail = text(parts.detail, 300);
  const hash = text(parts.sha256, 64);
  if (posizioneId) out.posizioneId = posizioneId;
  if (detail) out.detail = detail;
  if (hash) out.sha256 = hash;
  return out;
}

const meseOf = (input: unknown) => {
  const annoMese = text(bag(input).annoMese, 7);
  return annoMese ? `mese ${formatMese(annoMese)}` : undefined;
};

/** A file made for the user (CSV, XLSX, PDF): its name and the hash of its bytes. */
const exportedFile = (label: string): AuditedCall => ({
  op: 'export',
  summarise: (input, value) =>
    summary({
      posizioneId: bag(input).posizioneId,
      detail: [label, text(bag(value).fileName)].filter(Boolean).join(': '),
      sha256: decoded(bag(value).base64),
    }),
});

export const auditedCalls: Partial<Record<CallName, AuditedCall>> = {
  'listapospa.import': {
    op: 'listapospa.import',
    summarise: (input, value) =>
      summary({
        posizioneId: bag(input).posizioneId,
        detail: meseOf(bag(value).draft),
        sha256: decoded(bag(input).contenutoBase64),
      }),
  },
  'listapospa.export': {
    op: 'listapospa.export',
    summarise: (input, value) => {
      const xml = bag(value).xml;
      return summary({
        posizioneId: bag(input).posizioneId,
        detail: [meseOf(input), text(bag(value).fileName)].filter(Boolean).join(', '),
        sha256: typeof xml === 'string' ? sha(xml) : undefined,
      });
    },
  },
  'listapospa.submit': {
    op: 'listapospa.submit',
    // The XML sent is hashed by the submission and kept with the draft: read it from there.
    summarise: async (input, value, { userDir }) => {
      const { posizioneId, annoMese } = bag(input);
      let hash: string | undefined;
      if (bag(value).ok === true && typeof posizioneId === 'string' && typeof annoMese === 'string') {
        const draft = await createDraftStore(userDir)
          .open(posizioneId, annoMese)
          .catch(() => undefined);
        hash = draft?.invio?.stato === 'inviata' ? draft.invio.sha256 : undefined;
      }
      const protocollo = text(bag(bag(value).denuncia).id);
      return summary({
        posizioneId,
        detail: [meseOf(input), protocollo ? `protocollo ${protocollo}` : undefined]
          .filter(Boolean)
          .join(', '),
        sha256: hash,
      });
    },
  },
  'deleghe.submit': {
    op: 'delega.request',
    summarise: (input, value) =>
      summary({
        posizioneId: bag(value).posizioneId,
        detail: text(bag(value).numeroRichiesta)
          ? `delega ${text(bag(value).numeroRichiesta)}`
          : text(bag(bag(bag(input).request).ente).codiceFiscale),
      }),
  },
  'deleghe.activate': {
    op: 'delega.activate',
    summarise: (input, value) =>
      summary({ posizioneId: bag(value).posizioneId, detail: `delega ${text(bag(input).numero) ?? ''}` }),
  },
  'deleghe.revoke': {
    op: 'delega.revoke',
    summarise: (input, value) =>
      summary({ posizioneId: bag(value).posizioneId, detail: `delega ${text(bag(input).numero) ?? ''}` }),
  },
  'abilitazioni.grant': {
    op: 'abilitazione.grant',
    summarise: (input) =>
      summary({
        posizioneId: bag(input).posizioneId,
        detail: `${text(bag(input).ruolo) ?? ''} ${text(bag(input).codiceFiscale, 16) ?? ''}`.trim(),
      }),
  },
  'abilitazioni.revoke': {
    op: 'abilitazione.revoke',
    summarise: (input) => summary({ detail: `abilitazione ${String(bag(input).id ?? '')}` }),
  },
  'noteDebito.contest': {
    op: 'contestazione',
    summarise: (input) =>
      summary({
        posizioneId: bag(input).posizioneId,
        detail: `nota ${text(bag(input).notaId, 40) ?? ''}, lavoratore ${text(bag(input).codiceFiscaleLavoratore, 16) ?? ''}`,
      }),
  },
  'tracciati.send': {
    op: 'tracciato',
    summarise: (input, value) =>
      summary({
        posizioneId: bag(input).posizioneId,
        detail: [
          text(bag(input).nomeFile),
          text(bag(value).protocollo) && `protocollo ${text(bag(value).protocollo)}`,
        ]
          .filter(Boolean)
          .join(', '),
        sha256: text(bag(value).sha256) ?? decoded(bag(input).contenutoBase64),
      }),
  },
  'quesiti.send': {
    op: 'quesito',
    summarise: (input, value) => {
      const sent = bag(value);
      const id = text(bag(sent.quesito).id);
      return summary({
        posizioneId: bag(input).posizioneId,
        detail:
          sent.kind === 'queued'
            ? 'messo in coda (INPS non raggiungibile)'
            : id
              ? `quesito ${id}`
              : undefined,
      });
    },
  },
  'settings.set': {
    op: 'settings.change',
    before: ({ settings }) => settings.get(),
    // Which settings changed, by name: their values may be paths or addresses of this office.
    summarise: (_input, value, { before }) => {
      const previous = bag(before);
      const saved = bag(value);
      const changed = Object.keys(saved).filter(
        (key) => JSON.stringify(saved[key]) !== JSON.stringify(previous[key]),
      );
      return summary({
        detail: changed.length ? `modificate: ${changed.sort().join(', ')}` : 'nessuna modifica',
      });
    },
  },
  'sezione.export': exportedFile('sezione'),
  'fascicolo.print': exportedFile('fascicolo'),
  'noteDebito.pdf': exportedFile('nota di debito'),
  'tracciati.ricevutaPdf': exportedFile('ricevuta tracciato'),
  'listapospa.ricevutaPdf': exportedFile('ricevuta ListaPosPA'),
  'audit.export': exportedFile('registro delle operazioni'),
  'listapospa.reviewPdf': exportedFile('confronto ListaPosPA'),
  'deleghe.pdf': exportedFile('delega'),
  'quesiti.allegati': {
    op: 'export',
    summarise: (input, value) =>
      summary({
        posizioneId: bag(input).posizioneId,
        detail: `allegati: ${text(bag(value).nomeFile) ?? ''}`,
        sha256: decoded(bag(value).contenutoBase64),
      }),
  },
};

/** The outcome of a call as the log tells it: ok, the error's code, or RIFIUTATA (blocking errors). */
export function outcomeOf(
  result: { ok: true; value: unknown } | { ok: false; error: { code: string } },
): string {
  if (!result.ok) return result.error.code;
  return bag(result.value).ok === false ? 'RIFIUTATA' : 'ok';
}
