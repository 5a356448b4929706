import { mkdir, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import type { Denuncia as RispostaInps } from '../../../shared/domain/sezioni';
import { formatData, formatMese } from '../../../shared/text/formatIt';
import { writeFileAtomic } from '../../adapters/node/atomicWrite';
import type { UserScope } from '../userScope';

/**
 * Drafts of ListaPosPA denunce: one per posizione and month, as JSON under
 * `<user folder>/listapospa/drafts/<posizioneId>/<AAAA-MM>.json` (the signed-in user's folder,
 * userScope.ts; files 0600, folders 0700). Every save goes through
 * writeFileAtomic (temp file, fsync, rename), so a crash or a kill during autosave leaves the old
 * draft or the new one, never a torn file. Delete moves the draft aside so it can be undone.
 */

export interface DraftFile {
  format: 'cassetto-enti/listapospa-draft';
  version: 1;
  posizioneId: string;
  annoMese: string;
  /** ISO timestamp of the save. */
  savedAt: string;
  /** Increases on every save: the editor uses it to ignore stale autosaves. */
  revision: number;
  denuncia: Denuncia;
  /** Set when the user confirmed sending: the draft is read-only from then on. */
  invio?: InvioBozza;
  /** The sent draft this one was copied from ("Nuova bozza da questa", "Variazione"). */
  derivataDa?: { protocollo: string; dataInvio: string; esito: string };
}

/**
 * The submission of a draft. The key is stored before the request leaves, so a retry after a
 * lost answer repeats the same key and INPS records the denuncia once.
 */
export type InvioBozza =
  | { stato: 'in corso'; idempotencyKey: string; richiestoIl: string }
  | {
      stato: 'inviata';
      idempotencyKey: string;
      richiestoIl: string;
      /** The denuncia as INPS recorded it: its id is the protocol. */
      risposta: RispostaInps;
      nomeFile: string;
      /** SHA-256 of the XML sent, for the receipt. */
      sha256: string;
    };

/** What the Bozze list shows of a submission. */
export interface InvioSummary {
  stato: 'in corso' | 'inviata';
  protocollo?: string;
  esito?: RispostaInps['esito'];
  dataInvio?: string;
}

export interface DraftSummary {
  posizioneId: string;
  annoMese: string;
  savedAt: string;
  revision: number;
  numeroD0: number;
  tipo: 'ordinario' | 'variazione';
  invio?: InvioSummary;
}

export class DraftError extends Error {
  constructor(
    readonly code: 'NON_TROVATA' | 'ESISTE_GIA' | 'CHIAVE_NON_VALIDA' | 'DANNEGGIATA' | 'INVIATA',
    message: string,
  ) {
    super(message);
    this.name = 'DraftError';
  }
}

const POSIZIONE = /^[A-Za-z0-9_-]{1,64}$/;
const ANNO_MESE = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkKey(posizioneId: string, annoMese: string) {
  if (!POSIZIONE.test(posizioneId)) {
    throw new DraftError('CHIAVE_NON_VALIDA', `Identificativo di posizione non valido: "${posizioneId}".`);
  }
  if (!ANNO_MESE.test(annoMese)) {
    throw new DraftError('CHIAVE_NON_VALIDA', `Mese non valido: "${annoMese}" (atteso AAAA-MM).`);
  }
}

export function previousMonth(annoMese: string): string {
  const [year = 0, month = 0] = annoMese.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

const summaryOf = (draft: DraftFile): DraftSummary => ({
  posizioneId: draft.posizioneId,
  annoMese: draft.annoMese,
  savedAt: draft.savedAt,
  revision: draft.revision,
  numeroD0: draft.denuncia.azienda.listaPosPA.posPA.reduce((sum, pos) => sum + pos.d0.length, 0),
  tipo: draft.denuncia.azienda.listaPosPA.tipo,
  ...(draft.invio ? { invio: invioSummary(draft.invio) } : {}),
});

export function invioSummary(invio: InvioBozza): InvioSummary {
  if (invio.stato === 'in corso') return { stato: invio.stato };
  return {
    stato: invio.stato,
    protocollo: invio.risposta.id,
    esito: invio.risposta.esito,
    dataInvio: invio.risposta.dataInvio,
  };
}

/** Why a sent draft does not change: said on save and on every other write. */
function sentError(draft: DraftFile): DraftError {
  const invio = draft.invio;
  const quando =
    invio?.stato === 'inviata'
      ? `è stata inviata all’INPS il ${formatData(invio.risposta.dataInvio)} (protocollo ${invio.risposta.id}, esito ${invio.risposta.esito})`
      : 'è in corso di invio all’INPS';
  return new DraftError(
    'INVIATA',
    `La bozza ${formatMese(draft.annoMese)} ${quando}: non si modifica. Crea una nuova bozza da questa o una variazione.`,
  );
}

export interface DraftStore {
  list(posizioneId: string): Promise<DraftSummary[]>;
  open(posizioneId: string, annoMese: string): Promise<DraftFile>;
  create(posizioneId: string, denuncia: Denuncia): Promise<DraftFile>;
  save(posizioneId: string, denuncia: Denuncia, expectedRevision?: number): Promise<DraftFile>;
  duplicateFromPrevious(posizioneId: string, annoMese: string): Promise<DraftFile>;
  remove(posizioneId: string, annoMese: string): Promise<void>;
  undoRemove(posizioneId: string, annoMese: string): Promise<DraftFile>;
  /**
   * Marks the draft as being sent with this key, unless a send is already pending: then the
   * pending key is kept and returned, so a retry repeats it. Refuses a draft already sent.
   */
  beginSend(posizioneId: string, annoMese: string, idempotencyKey: string): Promise<string>;
  /** Records INPS's answer: the draft is sent and read-only. */
  recordSent(
    posizioneId: string,
    annoMese: string,
    sent: { risposta: RispostaInps; nomeFile: string; sha256: string },
  ): Promise<DraftFile>;
  /** INPS refused the request and recorded nothing: the draft is editable again. */
  abortSend(posizioneId: string, annoMese: string): Promise<void>;
  /**
   * A new, editable draft of the same month from a sent one ("Nuova bozza da questa", or a
   * variazione): the sent draft is kept aside under `.inviate/`, the new one takes its place.
   */
  derive(posizioneId: string, annoMese: string, tipo: 'ordinario' | 'variazione'): Promise<DraftFile>;
  /** Path of the draft file (CLI, tests). */
  pathOf(posizioneId: string, annoMese: string): string;
}

/**
 * A copy of a denuncia for another month: periods (E0) move to it; variazioni (V1) belong to the
 * month they were sent in and are left out. The source is not changed.
 */
export function carriedToMonth(source: Denuncia, annoMese: string): Denuncia {
  const from = source.azienda.annoMeseDenuncia;
  const denuncia = structuredClone(source);
  denuncia.azienda.annoMeseDenuncia = annoMese;
  for (const pos of denuncia.azienda.listaPosPA.posPA) {
    for (const d0 of pos.d0) {
      d0.v1 = [];
      for (const e0 of d0.e0) {
        e0.giornoInizio = moveToMonth(e0.giornoInizio, from, annoMese);
        e0.giornoFine = moveToMonth(e0.giornoFine, from, annoMese);
      }
    }
  }
  return denuncia;
}

/**
 * The signed-in user's drafts: one store per user, shared by every feature that reads or writes
 * them (editor, payroll import, review, Cruscotto), so its per-draft queues are one.
 */
export const userDraftStore = (userScope: UserScope): DraftStore =>
  userScope.perUser('listapospa.drafts', (user) => createDraftStore(user.dir));

export function createDraftStore(userDir: string, now: () => Date = () => new Date()): DraftStore {
  const root = join(userDir, 'listapospa', 'drafts');
  const folderOf = (posizioneId: string) => join(root, posizioneId);
  const pathOf = (posizioneId: string, annoMese: string) => {
    checkKey(posizioneId, annoMese);
    return join(folderOf(posizioneId), `${annoMese}.json`);
  };
  const trashOf = (posizioneId: string, annoMese: string) =>
    join(folderOf(posizioneId), '.eliminate', `${annoMese}.json`);

  async function readDraft(path: string, posizioneId: string, annoMese: string): Promise<DraftFile> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new DraftError(
        'NON_TROVATA',
        `Nessuna bozza per il mese ${formatMese(annoMese)} della posizione ${posizioneId}.`,
      );
    }
    try {
      const draft = JSON.parse(text) as DraftFile;
      if (draft.format !== 'cassetto-enti/listapospa-draft') throw new Error('format');
      return draft;
    } catch {
      throw new DraftError(
        'DANNEGGIATA',
        `La bozza ${formatMese(annoMese)} della posizione ${posizioneId} non è leggibile.`,
      );
    }
  }

  async function write(
    posizioneId: string,
    denuncia: Denuncia,
    revision: number,
    extra: Pick<DraftFile, 'invio' | 'derivataDa'> = {},
  ): Promise<DraftFile> {
    const annoMese = denuncia.azienda.annoMeseDenuncia;
    const path = pathOf(posizioneId, annoMese);
    await mkdir(folderOf(posizioneId), { recursive: true, mode: 0o700 });
    const draft: DraftFile = {
      format: 'cassetto-enti/listapospa-draft',
      version: 1,
      posizioneId,
      annoMese,
      savedAt: now().toISOString(),
      revision,
      denuncia,
      ...extra,
    };
    await writeFileAtomic(path, JSON.stringify(draft));
    return draft;
  }

  /** Rewrites a draft's submission state, its content and revision unchanged. */
  const writeInvio = (draft: DraftFile, invio: InvioBozza | undefined) =>
    write(draft.posizioneId, draft.denuncia, draft.revision, {
      ...(invio ? { invio } : {}),
      ...(draft.derivataDa ? { derivataDa: draft.derivataDa } : {}),
    });

  const exists = (path: string) =>
    stat(path).then(
      () => true,
      () => false,
    );

  return {
    pathOf,

    async list(posizioneId) {
      checkKey(posizioneId, '2000-01');
      let names: string[];
      try {
        names = await readdir(folderOf(posizioneId));
      } catch {
        return [];
      }
      const summaries: DraftSummary[] = [];
      for (const name of names) {
        // Leftover temp files of a save interrupted by a crash: the draft itself is intact.
        if (name.startsWith('.') && name.endsWith('.tmp')) {
          await unlink(join(folderOf(posizioneId), name)).catch(() => undefined);
          continue;
        }
        const match = /^(\d{4}-\d{2})\.json$/.exec(name);
        if (!match?.[1]) continue;
        summaries.push(summaryOf(await readDraft(join(folderOf(posizioneId), name), posizioneId, match[1])));
      }
      return summaries.sort((a, b) => b.annoMese.localeCompare(a.annoMese));
    },

    async open(posizioneId, annoMese) {
      return readDraft(pathOf(posizioneId, annoMese), posizioneId, annoMese);
    },

    async create(posizioneId, denuncia) {
      const annoMese = denuncia.azienda.annoMeseDenuncia;
      if (await exists(pathOf(posizioneId, annoMese))) {
        throw new DraftError(
          'ESISTE_GIA',
          `Esiste già una bozza per il mese ${formatMese(annoMese)}: aprila o eliminala.`,
        );
      }
      return write(posizioneId, denuncia, 1);
    },

    async save(posizioneId, denuncia, expectedRevision) {
      const annoMese = denuncia.azienda.annoMeseDenuncia;
      const path = pathOf(posizioneId, annoMese);
      const current = (await exists(path)) ? await readDraft(path, posizioneId, annoMese) : undefined;
      if (current?.invio) throw sentError(current);
      if (expectedRevision !== undefined && current && current.revision !== expectedRevision) {
        // An older autosave arriving late must not overwrite a newer one.
        return current;
      }
      return write(
        posizioneId,
        denuncia,
        (current?.revision ?? 0) + 1,
        current?.derivataDa ? { derivataDa: current.derivataDa } : {},
      );
    },

    async beginSend(posizioneId, annoMese, idempotencyKey) {
      const draft = await readDraft(pathOf(posizioneId, annoMese), posizioneId, annoMese);
      if (draft.invio?.stato === 'in corso') return draft.invio.idempotencyKey;
      if (draft.invio) throw sentError(draft);
      await writeInvio(draft, { stato: 'in corso', idempotencyKey, richiestoIl: now().toISOString() });
      return idempotencyKey;
    },

    async recordSent(posizioneId, annoMese, sent) {
      const draft = await readDraft(pathOf(posizioneId, annoMese), posizioneId, annoMese);
      if (draft.invio?.stato !== 'in corso') throw sentError(draft);
      return writeInvio(draft, { ...draft.invio, stato: 'inviata', ...sent });
    },

    async abortSend(posizioneId, annoMese) {
      const draft = await readDraft(pathOf(posizioneId, annoMese), posizioneId, annoMese);
      if (draft.invio?.stato === 'in corso') await writeInvio(draft, undefined);
    },

    async derive(posizioneId, annoMese, tipo) {
      const path = pathOf(posizioneId, annoMese);
      const sent = await readDraft(path, posizioneId, annoMese);
      if (sent.invio?.stato !== 'inviata') {
        throw new DraftError(
          'NON_TROVATA',
          `La bozza ${formatMese(annoMese)} non è stata inviata: modificala direttamente.`,
        );
      }
      const { risposta } = sent.invio;
      const archive = join(folderOf(posizioneId), '.inviate');
      await mkdir(archive, { recursive: true });
      await writeFileAtomic(
        join(archive, `${annoMese}.${risposta.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`),
        JSON.stringify(sent),
      );
      const denuncia = structuredClone(sent.denuncia);
      denuncia.azienda.listaPosPA.tipo = tipo;
      return write(posizioneId, denuncia, sent.revision + 1, {
        derivataDa: { protocollo: risposta.id, dataInvio: risposta.dataInvio, esito: risposta.esito },
      });
    },

    async duplicateFromPrevious(posizioneId, annoMese) {
      const previous = previousMonth(annoMese);
      const source = await readDraft(pathOf(posizioneId, previous), posizioneId, previous).catch(() => {
        throw new DraftError(
          'NON_TROVATA',
          `Non c’è una bozza del mese precedente (${previous}) da duplicare.`,
        );
      });
      return this.create(posizioneId, carriedToMonth(source.denuncia, annoMese));
    },

    async remove(posizioneId, annoMese) {
      const path = pathOf(posizioneId, annoMese);
      if (!(await exists(path))) {
        throw new DraftError(
          'NON_TROVATA',
          `Nessuna bozza per il mese ${formatMese(annoMese)} della posizione ${posizioneId}.`,
        );
      }
      await mkdir(join(folderOf(posizioneId), '.eliminate'), { recursive: true, mode: 0o700 });
      await rename(path, trashOf(posizioneId, annoMese));
    },

    async undoRemove(posizioneId, annoMese) {
      const path = pathOf(posizioneId, annoMese);
      const trashed = trashOf(posizioneId, annoMese);
      if (!(await exists(trashed))) {
        throw new DraftError(
          'NON_TROVATA',
          `Non c’è una bozza eliminata del mese ${formatMese(annoMese)} da ripristinare.`,
        );
      }
      if (await exists(path)) {
        throw new DraftError(
          'ESISTE_GIA',
          `Esiste già una bozza per il mese ${formatMese(annoMese)}: non la sovrascrivo.`,
        );
      }
      await rename(trashed, path);
      return readDraft(path, posizioneId, annoMese);
    },
  };
}

/** Same day in the target month; the last day of the source month becomes the last of the target. */
function moveToMonth(isoDate: string, from: string, to: string): string {
  const day = Number(isoDate.slice(8));
  const target = day >= daysIn(from) ? daysIn(to) : Math.min(day, daysIn(to));
  return `${to}-${String(target).padStart(2, '0')}`;
}

function daysIn(annoMese: string): number {
  const [year = 2000, month = 1] = annoMese.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
