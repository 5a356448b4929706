import type { Denuncia, PosPA, UnknownElement } from './model';
import { X } from './xmlNames';

/**
 * INPS wants one <PosPA> holding every D0 (error 00124I). A file with several (some payroll
 * exports write one per group of workers) is brought to that shape on import, keeping the D0 in
 * document order; the caller says so to the user, since it changes the file.
 */
export function mergePosPA(denuncia: Denuncia): { denuncia: Denuncia; posPACount: number } {
  const { posPA } = denuncia.azienda.listaPosPA;
  if (posPA.length === 1) return { denuncia, posPACount: 1 };
  return {
    posPACount: posPA.length,
    denuncia: {
      ...denuncia,
      azienda: {
        ...denuncia.azienda,
        listaPosPA: { ...denuncia.azienda.listaPosPA, posPA: [mergedPosPA(posPA)] },
      },
    },
  };
}

/** One PosPA of them all; elements an import kept in each stay after the same D0 as before. */
function mergedPosPA(posPA: readonly PosPA[]): PosPA {
  const unknown: UnknownElement[] = [];
  let before = 0;
  for (const pos of posPA) {
    for (const element of pos.unknown ?? []) {
      if (element.after === X.d0)
        unknown.push({ ...element, afterIndex: (element.afterIndex ?? 0) + before });
      else if (before > 0) unknown.push({ ...element, after: X.d0, afterIndex: before - 1 });
      else unknown.push(element);
    }
    before += pos.d0.length;
  }
  const merged: PosPA = { d0: posPA.flatMap((pos) => pos.d0) };
  if (unknown.length > 0) merged.unknown = unknown;
  return merged;
}
