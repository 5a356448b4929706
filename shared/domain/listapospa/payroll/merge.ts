import type { D0, Denuncia } from '../model';

/**
 * The workers of a payroll file into an existing draft: a worker already there (same codice
 * fiscale) is replaced by the file's, the others are added at the end; the draft's other workers
 * and its frontespizio stay as the user left them.
 */

export interface MergeSummary {
  added: string[];
  replaced: string[];
  /** Workers of the draft the file does not have: kept. */
  kept: number;
}

export function mergeWorkers(
  draft: Denuncia,
  workers: readonly D0[],
): { denuncia: Denuncia; summary: MergeSummary } {
  // The draft's objects are not changed: a new list of D0 in a new frontespizio around it.
  const [first, ...others] = draft.azienda.listaPosPA.posPA;
  const list = [...(first?.d0 ?? [])];
  const denuncia: Denuncia = {
    ...draft,
    azienda: {
      ...draft.azienda,
      listaPosPA: { ...draft.azienda.listaPosPA, posPA: [{ ...first, d0: list }, ...others] },
    },
  };
  const at = new Map(list.map((d0, index) => [d0.cfLavoratore, index]));
  const summary: MergeSummary = { added: [], replaced: [], kept: 0 };
  const touched = new Set<number>();
  for (const worker of workers) {
    const index = at.get(worker.cfLavoratore);
    if (index === undefined) {
      at.set(worker.cfLavoratore, list.length);
      touched.add(list.length);
      list.push(worker);
      summary.added.push(worker.cfLavoratore);
    } else {
      list[index] = worker;
      touched.add(index);
      summary.replaced.push(worker.cfLavoratore);
    }
  }
  summary.kept = list.length - touched.size;
  return { denuncia, summary };
}
