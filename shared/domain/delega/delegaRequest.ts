/**
 * The delega request (circ. INPS 34/2023 §2): ONE schema for the form, the PDF, the CLI and the
 * sandbox. An example that validates is kept at e2e/fixtures/delega-request.json.
 */
import { z } from 'zod';
import '../../zod/italian';
import { closedList, type CodeOf } from '../codeLabels';
import {
  validateCodiceFiscaleEnte,
  validateCodiceFiscalePersona,
  type CodiceFiscaleResult,
} from '../codiceFiscale';
import { PEC_MAX, charsetProblem, pecProblem, type CharsetName } from './delegaText';

export const QUALIFICHE_INTERMEDIARIO = closedList({
  consulente_lavoro: 'Consulente del lavoro',
  dottore_commercialista: 'Dottore commercialista / esperto contabile',
  avvocato: 'Avvocato',
  altro_professionista: 'Altro professionista (L. 12/1979, art. 1)',
});
export type QualificaIntermediario = CodeOf<typeof QUALIFICHE_INTERMEDIARIO>;

/** The services an intermediario may be delegated for (circ. 34/2023). */
export const SERVIZI_DELEGABILI = closedList({
  denunce_versamenti: 'Denunce contributive e versamenti (ListaPosPA, F24)',
  cassetto_previdenziale: 'Cassetto previdenziale aziende pubbliche',
  posizione_assicurativa: 'Gestione della posizione assicurativa dei dipendenti (PassWeb)',
  ultimo_miglio_tfs: 'Ultimo miglio TFS/TFR',
  sistemazione_posizioni: 'Sistemazione delle posizioni contributive',
});
export type ServizioDelegabile = CodeOf<typeof SERVIZI_DELEGABILI>;

/** Durations offered, in months (the same as durataMesi below); the delega may be revoked earlier. */
export const DURATE_MESI = [12, 24, 36] as const;

/** A text field's own message when the form left it out (undefined) or sent something else. */
const text = (missing: string) => z.string({ error: () => missing });

/**
 * A codice fiscale field: bounded before the validator looks at it (the only message when too
 * long), then checked and normalised by it.
 */
const codiceFiscale = (
  messages: { missing: string; tooLong: string },
  max: number,
  validate: (value: string) => CodiceFiscaleResult<{ value: string }>,
) =>
  text(messages.missing)
    .trim()
    .max(max, { message: messages.tooLong, abort: true })
    .transform((value, context) => {
      const result = validate(value);
      if (!result.ok) {
        context.addIssue({ code: 'custom', message: result.error.message });
        return z.NEVER;
      }
      return result.value.value;
    });

/** A person's codice fiscale, normalised, with the check character verified. */
export const codiceFiscalePersonaSchema = codiceFiscale(
  { missing: 'Inserisca il codice fiscale (16 caratteri).', tooLong: 'Il codice fiscale è di 16 caratteri.' },
  16,
  validateCodiceFiscalePersona,
);

const cfEnte = codiceFiscale(
  {
    missing: "Inserisca il codice fiscale dell'ente (11 cifre).",
    tooLong: "Il codice fiscale dell'ente è di 11 cifre.",
  },
  11,
  validateCodiceFiscaleEnte,
);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A required text field: bounded first (and nothing else looked at when too long), then NFC so an
 * accent typed as a combining mark becomes the letter the font has, then its character set.
 */
const required = (what: string, max: number, charset: CharsetName) =>
  text(`Inserisca ${what}.`)
    .trim()
    .min(1, { message: `Inserisca ${what}.`, abort: true })
    .max(max, { message: `${capitalise(what)} supera i ${max} caratteri.`, abort: true })
    .overwrite((value) => value.normalize('NFC'))
    .superRefine((value, context) => {
      const problem = charsetProblem(value, charset, what);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });

/** Lengths of the text fields, the same in the form, the PDF, the CLI and the sandbox. */
export const MAX_LENGTHS = {
  nome: 120,
  cognome: 120,
  ordine: 120,
  numeroIscrizione: 20,
  studio: 160,
  denominazione: 200,
  carica: 120,
  luogo: 120,
  pec: PEC_MAX.address,
} as const;

const isoDate = text('Inserisca la data nel formato gg/mm/aaaa.')
  .max(10, { message: 'Data non valida: usa il formato gg/mm/aaaa.', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Data non valida: usa il formato gg/mm/aaaa.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'Data inesistente nel calendario.');

/** RFC 5321 lengths, checked before anything else; then the address, in one linear pass. */
const pec = text("Inserisca l'indirizzo PEC.")
  .trim()
  .min(1, { message: "Inserisca l'indirizzo PEC.", abort: true })
  .max(PEC_MAX.address, {
    message: `L'indirizzo PEC supera i ${PEC_MAX.address} caratteri.`,
    abort: true,
  })
  .superRefine((value, context) => {
    const problem = pecProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const intermediarioSchema = z.object({
  codiceFiscale: codiceFiscalePersonaSchema,
  nome: required('il nome', MAX_LENGTHS.nome, 'nome'),
  cognome: required('il cognome', MAX_LENGTHS.cognome, 'nome'),
  qualifica: z.enum(QUALIFICHE_INTERMEDIARIO.codes, { message: 'Scelga la qualifica professionale.' }),
  ordine: required("l'ordine o albo", MAX_LENGTHS.ordine, 'testo'),
  provinciaOrdine: text("Inserisca la sigla della provincia dell'ordine (es. PR).")
    .trim()
    .max(2, { message: 'La provincia è la sigla di due lettere (es. PR).', abort: true })
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'La provincia è la sigla di due lettere (es. PR).'),
  numeroIscrizione: required("il numero di iscrizione all'albo", MAX_LENGTHS.numeroIscrizione, 'codice'),
  studio: required('lo studio professionale', MAX_LENGTHS.studio, 'testo'),
  pec,
});

export const enteDeleganteSchema = z.object({
  codiceFiscale: cfEnte,
  denominazione: required("la denominazione dell'ente", MAX_LENGTHS.denominazione, 'testo'),
  progressivo: text('Inserisca il progressivo della posizione (5 cifre, es. 00001).')
    .trim()
    .max(5, { message: 'Il progressivo della posizione è di 5 cifre (es. 00001).', abort: true })
    .regex(/^[0-9]{5}$/, 'Il progressivo della posizione è di 5 cifre (es. 00001).'),
  pec,
});

export const legaleRappresentanteSchema = z.object({
  codiceFiscale: codiceFiscalePersonaSchema,
  nome: required('il nome', MAX_LENGTHS.nome, 'nome'),
  cognome: required('il cognome', MAX_LENGTHS.cognome, 'nome'),
  carica: required('la carica (es. sindaco, direttore generale)', MAX_LENGTHS.carica, 'testo'),
});

export const delegaRequestSchema = z
  .object({
    intermediario: intermediarioSchema,
    ente: enteDeleganteSchema,
    legaleRappresentante: legaleRappresentanteSchema,
    servizi: z
      .array(z.enum(SERVIZI_DELEGABILI.codes, { message: 'Servizio non previsto dalla delega.' }), {
        error: 'Scelga almeno un servizio da delegare.',
      })
      .max(SERVIZI_DELEGABILI.codes.length * 2, { message: 'Troppi servizi indicati.', abort: true })
      .min(1, 'Scelga almeno un servizio da delegare.')
      .transform((list) => [...new Set(list)]),
    dataInizio: isoDate,
    durataMesi: z.union([z.literal(12), z.literal(24), z.literal(36)], {
      message: 'Scelga una durata di 12, 24 o 36 mesi.',
    }),
    luogo: required('il luogo di sottoscrizione', MAX_LENGTHS.luogo, 'testo'),
    dataSottoscrizione: isoDate,
    /** Set by the sandbox when the request is submitted; a draft has none. */
    numeroRichiesta: text('Numero di richiesta non valido (DLG-AAAA-NNNNNN).')
      .max(15, { message: 'Numero di richiesta non valido (DLG-AAAA-NNNNNN).', abort: true })
      .regex(/^DLG-\d{4}-\d{6}$/, 'Numero di richiesta non valido (DLG-AAAA-NNNNNN).')
      .optional(),
  })
  .superRefine((request, context) => {
    if (request.intermediario.codiceFiscale === request.legaleRappresentante.codiceFiscale) {
      context.addIssue({
        code: 'custom',
        path: ['legaleRappresentante', 'codiceFiscale'],
        message: 'Il legale rappresentante non può delegare sé stesso come intermediario.',
      });
    }
  });

export type DelegaRequestInput = z.input<typeof delegaRequestSchema>;
export type DelegaRequest = z.output<typeof delegaRequestSchema>;

/** Issues keyed by field path (`ente.codiceFiscale`), the first message of each: for the form. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}
