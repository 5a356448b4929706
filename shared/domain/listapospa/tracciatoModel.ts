import type { z } from 'zod';
import type * as Model from './model';
import type * as T from './tracciato';
import type { ElementDesc, Fields, schemaOf } from './tracciatoKit';

/**
 * The compiler's check that model.ts and the description of the tracciato say the same, element
 * by element: the same properties, of types each assignable to the other. A field added to one
 * and not the other fails `npm run typecheck` here, before a draft could lose it on autosave.
 */

type Inferred<D> =
  D extends ElementDesc<infer F extends Fields> ? z.infer<ReturnType<typeof schemaOf<F>>> : never;
type Agrees<D, M> = [keyof Inferred<D>] extends [keyof M]
  ? [keyof M] extends [keyof Inferred<D>]
    ? [Inferred<D>] extends [M]
      ? [M] extends [Inferred<D>]
        ? true
        : 'the model has a value the description does not allow'
      : 'the description allows a value the model does not'
    : 'the model has fields the description lacks'
  : 'the description has fields the model lacks';

export const MODEL_MATCHES_TRACCIATO: {
  datiMittente: Agrees<typeof T.DATI_MITTENTE, Model.DatiMittente>;
  partTimePA: Agrees<typeof T.PART_TIME_PA, Model.PartTimePA>;
  inquadramento: Agrees<typeof T.INQUADRAMENTO, Model.InquadramentoLavPA>;
  recuperoSgravi: Agrees<typeof T.RECUPERO_SGRAVI, Model.RecuperoSgravi>;
  pensionistica: Agrees<typeof T.GEST_PENSIONISTICA, Model.GestPensionistica>;
  previdenziale: Agrees<typeof T.GEST_PREVIDENZIALE, Model.GestPrevidenziale>;
  credito: Agrees<typeof T.GEST_CREDITO, Model.GestCredito>;
  enpdep: Agrees<typeof T.ENPDEP, Model.GestSemplice>;
  enam: Agrees<typeof T.ENAM, Model.GestSemplice>;
  gestioni: Agrees<typeof T.GESTIONI, Model.Gestioni>;
  e0: Agrees<typeof T.E0, Model.E0>;
  descrMotivoUtilizzo: Agrees<typeof T.DESCR_MOTIVO_UTILIZZO, Model.DescrMotivoUtilizzo>;
  enteVersante: Agrees<typeof T.ENTE_VERSANTE, Model.EnteVersante>;
  v1: Agrees<typeof T.V1, Model.V1>;
  e1: Agrees<typeof T.E1, Model.E1>;
  f1: Agrees<typeof T.F1, Model.F1>;
  datiSedeLavoro: Agrees<typeof T.DATI_SEDE_LAVORO, Model.DatiSedeLavoro>;
  d0: Agrees<typeof T.D0, Model.D0>;
  posPA: Agrees<typeof T.POS_PA, Model.PosPA>;
  listaPosPA: Agrees<typeof T.LISTA_POS_PA, Model.ListaPosPA>;
  azienda: Agrees<typeof T.AZIENDA, Model.Azienda>;
  denuncia: Agrees<typeof T.DENUNCIA, Model.Denuncia>;
} = {
  datiMittente: true,
  partTimePA: true,
  inquadramento: true,
  recuperoSgravi: true,
  pensionistica: true,
  previdenziale: true,
  credito: true,
  enpdep: true,
  enam: true,
  gestioni: true,
  e0: true,
  descrMotivoUtilizzo: true,
  enteVersante: true,
  v1: true,
  e1: true,
  f1: true,
  datiSedeLavoro: true,
  d0: true,
  posPA: true,
  listaPosPA: true,
  azienda: true,
  denuncia: true,
};
