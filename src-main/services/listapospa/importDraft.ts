import type { Finding } from '../../../shared/domain/listapospa/rules';
import { mergePosPA } from '../../../shared/domain/listapospa/posPA';
import type { ReadResult } from '../../../shared/domain/listapospa/xmlReader';
import { DraftError, type DraftStore, type DraftSummary } from './draftStore';

/**
 * A file read into a draft, the same way for the app's import and the CLI's: several <PosPA>
 * merged into one (said to the user), an existing draft of the month replaced only when asked,
 * and what the reader did not understand or kept without knowing it as findings (CE020).
 */

export interface ImportedDraft {
  draft: DraftSummary;
  /** How many <PosPA> the file had: more than 1 means their D0 were merged into one (00124I). */
  posPACount: number;
  issues: Finding[];
}

export async function importDraft(
  store: DraftStore,
  posizioneId: string,
  read: ReadResult,
  overwrite: boolean,
): Promise<ImportedDraft> {
  // The editor and the export write one PosPA: merge here, once, and tell the user.
  const { denuncia, posPACount } = mergePosPA(read.denuncia);
  const annoMese = denuncia.azienda.annoMeseDenuncia;
  if (overwrite) await store.remove(posizioneId, annoMese).catch(() => undefined);
  await store.create(posizioneId, denuncia);
  const draft = (await store.list(posizioneId)).find((d) => d.annoMese === annoMese);
  if (!draft) throw new DraftError('NON_TROVATA', 'Bozza importata non trovata.');
  return {
    draft,
    posPACount,
    issues: read.issues.map((issue) => ({
      code: 'CE020',
      rule: 'lettura',
      severity: issue.severity === 'errore' ? ('bloccante' as const) : ('avviso' as const),
      path: issue.path,
      message: issue.message,
    })),
  };
}
