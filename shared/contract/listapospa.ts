import { z } from 'zod';
import type { RawElement } from '../domain/listapospa/model';
import { MAX_UNKNOWN_DEPTH } from '../domain/listapospa/xmlReader';
import { annoMeseSchema, posizioneIdSchema } from './ids';

/**
 * Zod schemas of the ListaPosPA model (shared/domain/listapospa/model.ts) for the contract: the
 * renderer is not trusted, so a draft crossing to main is checked here. Values are strings as in
 * the model; the congruity rules, not the contract, judge whether they make sense.
 */

const s = z.string().max(200);
const amount = z
  .string()
  .max(17, 'Importo non valido')
  .regex(/^-?\d{1,13}\.\d{2}$/, 'Importo non valido');
/** Bounds of the lists of a denuncia: far above any real one (the bench file has 50,000 D0). */
const list = <T extends z.ZodType>(item: T, max = 1000) => z.array(item).max(max);
const opt = <T extends z.ZodType>(schema: T) => schema.optional();

/**
 * Elements an import kept without knowing them (model.ts UnknownElement): names as the XML
 * reader reads them, nesting bounded to what the reader keeps (MAX_UNKNOWN_DEPTH), built level by
 * level instead of z.lazy so a hostile draft cannot recurse without end.
 */
const xmlName = z
  .string()
  .max(100)
  .regex(/^[A-Za-z_][\w.:-]*$/, 'Nome di elemento non valido');
const rawFields = {
  name: xmlName,
  attrs: opt(z.record(xmlName, z.string().max(10_000))),
  text: opt(z.string().max(100_000)),
};
let rawElement: z.ZodType<RawElement> = z.object(rawFields);
for (let depth = 1; depth < MAX_UNKNOWN_DEPTH; depth += 1) {
  rawElement = z.object({ ...rawFields, children: opt(list(rawElement)) });
}
const UnknownElementSchema = z.object({
  ...rawFields,
  children: opt(list(rawElement)),
  after: opt(xmlName),
  afterIndex: opt(z.number().int().nonnegative().max(1_000_000)),
});
/** Spread into every schema of a model object that stands for an element. */
const keeps = {
  unknown: opt(list(UnknownElementSchema, 10_000)),
  unknownAttrs: opt(z.record(xmlName, z.string().max(10_000))),
};

const InquadramentoSchema = z.object({
  tipoImpiego: s,
  tipoServizio: s,
  percRetribuzione: opt(s),
  contratto: opt(s),
  qualifica: opt(s),
  partTimePA: opt(z.object({ tipoPartTime: z.enum(['P', 'V', 'M']), percPartTime: s, ...keeps })),
  regimeFineServizio: opt(s),
  ...keeps,
});

const GestSempliceSchema = z.object({ codGestione: s, imponibile: amount, contributo: amount, ...keeps });

const RecuperoSgraviSchema = z.object({
  annoRif: s,
  meseRif: s,
  codiceRecupero: s,
  altroImponibile: opt(amount),
  importo: amount,
  ...keeps,
});

const GestioniSchema = z.object({
  pensionistica: opt(
    GestSempliceSchema.extend({
      imponibileEccMass: opt(amount),
      contrib1PerCento: opt(amount),
      giorniUtiliFiniPensionistici: opt(s),
      retribVirtualeFiniPens: opt(amount),
      stipendioTabellare: opt(amount),
      retribIndivAnzianita: opt(amount),
      quotaDatoreL166_91: opt(amount),
      contributoL166_91: opt(amount),
      recuperoSgravi: opt(list(RecuperoSgraviSchema, 100)),
    }),
  ),
  previdenziale: opt(
    GestSempliceSchema.extend({
      tipo: z.enum(['TFS', 'TFR']),
      imponibileTFRUlterioriElem: opt(amount),
      contributoTFRUlterioriElem: opt(amount),
    }),
  ),
  credito: opt(GestSempliceSchema.extend({ aderenteCredito45_2007: opt(s) })),
  enpdep: opt(GestSempliceSchema),
  enam: opt(GestSempliceSchema),
  ...keeps,
});

const periodo = {
  giornoInizio: s,
  giornoFine: s,
  codiceCessazione: opt(s),
  numeroMensilita: opt(s),
  retribTeoricaTabellareTFR: opt(amount),
  retribValutabileTFR: opt(amount),
  ...keeps,
};

const E0Schema = z.object({ ...periodo, inquadramento: InquadramentoSchema, gestioni: GestioniSchema });

const V1Schema = z.object({
  ...periodo,
  inquadramento: opt(InquadramentoSchema),
  gestioni: opt(GestioniSchema),
  causaleVariazione: s,
  codMotivoUtilizzo: opt(s),
  descrMotivoUtilizzo: opt(z.object({ dataAtto: s, identAtto: opt(s), numeroRegistro: opt(s), ...keeps })),
  enteVersante: list(
    z.object({
      tipoContributo: s,
      cfAzienda: s,
      prgAzienda: s,
      imponibile: amount,
      contributo: amount,
      annoMeseErogazione: s,
      aliquota: z.enum(['1', '2']),
      ...keeps,
    }),
  ),
});

const D0Schema = z.object({
  cfLavoratore: s,
  cognome: s,
  nome: s,
  datiSedeLavoro: opt(z.object({ codiceComune: s, cap: s, ...keeps })),
  e0: list(E0Schema),
  e1: list(
    z.object({
      codFondo: s,
      dataInizioPeriodo: s,
      dataFinePeriodo: s,
      retribSoggettaAContrib: amount,
      contribLav: amount,
      contribDL: amount,
      ...keeps,
      datiPosContribIscritto: opt(z.object(keeps)),
    }),
  ),
  f1: list(
    z.object({
      annoMeseRif: s,
      codGestione: s,
      tipoPiano: s,
      prgRata: s,
      totaleRate: s,
      importo: amount,
      tipoOperazione: z.enum(['V', 'R', 'S']),
      ...keeps,
    }),
  ),
  v1: list(V1Schema),
  ...keeps,
});

export const DenunciaSchema = z.object({
  datiMittente: z.object({
    tipo: z.enum(['1', '2']),
    cfPersonaMittente: s,
    ragSocMittente: s,
    cfMittente: s,
    cfSoftwarehouse: opt(s),
    sedeINPS: opt(s),
    ...keeps,
  }),
  azienda: z.object({
    annoMeseDenuncia: annoMeseSchema,
    cfAzienda: s,
    ragSocAzienda: s,
    listaPosPA: z.object({
      tipo: z.enum(['ordinario', 'variazione']),
      prgAzienda: s,
      cfRappresentanteFirmatario: s,
      istat: opt(s),
      formaGiuridica: opt(s),
      posPA: list(z.object({ d0: list(D0Schema, 200_000), ...keeps }), 100),
      ...keeps,
    }),
    ...keeps,
  }),
  ...keeps,
});

export const FindingSchema = z.object({
  code: z.string(),
  rule: z.string(),
  severity: z.enum(['bloccante', 'avviso']),
  path: z.string(),
  message: z.string(),
  cfLavoratore: z.string().optional(),
});

/** The submission of a draft: once asked, the draft is read-only. */
export const InvioSummarySchema = z.object({
  stato: z.enum(['in corso', 'inviata']),
  protocollo: z.string().optional(),
  esito: z.enum(['acquisita', 'acquisita con errori', 'scartata', 'annullata', 'sostituita']).optional(),
  dataInvio: z.string().optional(),
});

export const DraftSummarySchema = z.object({
  posizioneId: z.string(),
  annoMese: z.string(),
  savedAt: z.string(),
  revision: z.number().int(),
  numeroD0: z.number().int(),
  tipo: z.enum(['ordinario', 'variazione']),
  invio: InvioSummarySchema.optional(),
});

export const DraftSchema = z.object({
  posizioneId: z.string(),
  annoMese: z.string(),
  savedAt: z.string(),
  revision: z.number().int(),
  denuncia: DenunciaSchema,
  invio: InvioSummarySchema.optional(),
  /** The sent draft this one was copied from. */
  derivataDa: z.object({ protocollo: z.string(), dataInvio: z.string(), esito: z.string() }).optional(),
});

export const DraftKeySchema = z.object({
  posizioneId: posizioneIdSchema,
  annoMese: annoMeseSchema,
});

export const ValidationReportSchema = z.object({
  findings: z.array(FindingSchema),
  blocking: z.boolean(),
  xsdLabel: z.string(),
  numeroD0: z.number().int(),
});
