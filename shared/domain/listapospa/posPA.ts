import type { Denuncia } from './model';

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
        listaPosPA: { ...denuncia.azienda.listaPosPA, posPA: [{ d0: posPA.flatMap((pos) => pos.d0) }] },
      },
    },
  };
}
