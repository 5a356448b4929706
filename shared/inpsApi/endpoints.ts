/**
 * The Cassetto API, endpoint by endpoint: the one table the app's gateway calls, the sandbox
 * routes, the test kit fakes and sandbox/openapi.yaml documents (docs/inps-api.md).
 */
import { z } from 'zod';
import '../zod/italian';
import { anagraficaPosizioneSchema, profiloSchema, ricercaSchema } from '../domain/cassettoApi';
import { delegaSchema, otpActivationSchema, subAbilitazioneSchema } from '../domain/delega/delegaState';
import { delegaRequestSchema } from '../domain/delega/delegaRequest';
import {
  allegatiZipSchema,
  appuntamentoSchema,
  feedbackSchema,
  nuovoQuesitoSchema,
  quesitoDetailSchema,
  quesitoSummarySchema,
  slotSchema,
} from '../domain/quesiti/quesito';
import {
  contestazioneInputSchema,
  contestazioneSchema,
  denunciaSchema,
  ricevutaTracciatoSchema,
  sezioneRowSchemas,
  tracciatoInputSchema,
  type Sezione,
} from '../domain/sezioni/schemas';
import { endpoint, noParams, pathParam, type AnyEndpoint } from './endpoint';

const POSIZIONE = '/v1/posizioni/{posizioneId}';
const posizione = z.object({ posizioneId: pathParam });
const quesito = posizione.extend({ quesitoId: pathParam });
const delega = z.object({ numero: pathParam });
const rows = 'Every row of the section for the posizione.';

/** One consultation section: GET, its rows. */
function sezione<const Name extends string, S extends Sezione>(
  name: Name,
  path: S,
  summary: string,
  description: string,
) {
  return endpoint(name, {
    method: 'GET',
    path: `${POSIZIONE}/${path}`,
    params: posizione,
    response: z.array(sezioneRowSchemas[path]),
    success: { 200: rows },
    summary,
    description,
  });
}

/** A GET of one of the caller's quesiti or of what hangs from it: 404 for anyone else's. */
function quesitoRead<const Name extends string, R extends z.ZodType>(
  name: Name,
  suffix: string,
  response: R,
  summary: string,
) {
  return endpoint(name, {
    method: 'GET',
    path: `${POSIZIONE}/quesiti/{quesitoId}${suffix}`,
    params: quesito,
    response,
    errors: { 404: "`RISORSA_NON_TROVATA`: no such quesito of the caller's" },
    summary,
  });
}

export const endpoints = {
  profilo: endpoint('profilo', {
    method: 'GET',
    path: '/v1/profilo',
    params: noParams,
    response: profiloSchema,
    success: { 200: "The caller's profile." },
    summary: 'Who the caller is for INPS, with their roles and level',
  }),
  ricerca: endpoint('ricerca', {
    method: 'GET',
    path: '/v1/posizioni',
    params: noParams,
    response: ricercaSchema,
    success: { 200: 'The Ricerca.' },
    summary: 'The Ricerca – posizioni contributive the caller may open',
    description:
      'One row per posizione, with the role through which the caller reaches it. Empty for a ' +
      'person without an INPS profile (`abilitato: false`).',
  }),
  anagrafica: endpoint('anagrafica', {
    method: 'GET',
    path: POSIZIONE,
    params: posizione,
    response: anagraficaPosizioneSchema,
    success: { 200: 'The anagrafica.' },
    summary: 'Anagrafica of one posizione contributiva',
    description:
      "403 `POSIZIONE_NON_AUTORIZZATA` unless the posizione is in the caller's Ricerca. Every path " +
      'under `/v1/posizioni/{posizioneId}/` is subject to the same check, made before the sub-path ' +
      'is looked up.',
  }),
  versamenti: sezione(
    'versamenti',
    'versamenti',
    "Versamenti (F24 EP, F24, Banca d'Italia)",
    'Amounts are decimal strings with two decimals (`"1234.56"`), never JSON numbers.',
  ),
  noteRettifica: sezione(
    'noteRettifica',
    'note-rettifica',
    'Note di Rettifica',
    'Recomputed E0 elements per gestione (INPS msgs 4025/2017, 2111/2019), paid with causale Px69.',
  ),
  pianiAmmortamento: sezione(
    'pianiAmmortamento',
    'piani-ammortamento',
    'Piani di Ammortamento (benefici pensione e TFS)',
    'Each plan with its installments (`rate`) and their state.',
  ),
  denunce: sezione(
    'denunce',
    'dma',
    'DMA / ListaPosPA: denunce trasmesse and their errors',
    'The `denunce` table; the ListaPosPA submission adds rows of the same shape.',
  ),
  noteDebito: sezione(
    'noteDebito',
    'note-debito',
    'Note di Debito (sistemazioni e regolarizzazioni contributive)',
    'State `contestata` once any worker of the nota was contested (POST contestazioni).',
  ),
  noteDebitoEca: sezione(
    'noteDebitoEca',
    'note-debito-eca',
    'Note di Debito ECA (gestione contributiva)',
    'Declared vs paid per period of competence (INPS msgs 7100/2015, 2976/2018).',
  ),
  dmaSend: endpoint('dmaSend', {
    method: 'POST',
    path: `${POSIZIONE}/dma`,
    params: posizione,
    body: z.object({
      xml: z.string().min(1, 'il testo XML della ListaPosPA è vuoto'),
      /** Chosen by the sender when the user confirms; the same key is recorded once per posizione. */
      idempotencyKey: z.string().uuid('la chiave di idempotenza non è un UUID').optional(),
    }),
    response: denunciaSchema,
    success: {
      200: 'A repeat of an earlier key – the answer first given, nothing recorded.',
      201: 'The recorded denuncia, as GET lists it.',
    },
    errors: { 400: '`RICHIESTA_NON_VALIDA`: no XML, or a denuncia of another posizione' },
    summary: 'Submit a ListaPosPA (DMA): checked again, recorded with its esito',
    description:
      'The XML is read with the shared reader and checked with the same congruity rules as the app ' +
      'and with the reconstructed XSD. Esito `scartata` when the XSD fails or a blocking rule fires, ' +
      '`acquisita con errori` when only warnings, otherwise `acquisita`. A file whose ' +
      "CFAzienda/PRGAZIENDA is not this posizione's is refused (400) and not recorded. 16 MB body " +
      'limit. An ordinario not scartata turns the earlier acquisita ordinario of the same month into ' +
      '`sostituita`.',
  }),
  dmaUltimaInviata: endpoint('dmaUltimaInviata', {
    method: 'GET',
    path: `${POSIZIONE}/dma/ultima-inviata`,
    params: posizione,
    response: z.object({ denuncia: denunciaSchema, xml: z.string() }),
    success: { 200: 'The denuncia as GET /dma lists it, and the XML text received.' },
    errors: { 404: '`RISORSA_NON_TROVATA`: no ListaPosPA sent through this API for the posizione' },
    summary: 'The last ListaPosPA sent for the posizione, with its XML as received',
    description:
      "The start of the next month's draft. Only denunce sent through POST /dma have their XML; the " +
      'seeded ones do not (404 then).',
  }),
  contestazioneCreate: endpoint('contestazioneCreate', {
    method: 'POST',
    path: `${POSIZIONE}/contestazioni`,
    params: posizione,
    body: contestazioneInputSchema,
    response: contestazioneSchema,
    success: { 201: 'Recorded; the nota is now `contestata`.' },
    errors: {
      400: '`RICHIESTA_NON_VALIDA`',
      404: '`RISORSA_NON_TROVATA`: no such nota',
      409: '`OPERAZIONE_NON_CONSENTITA`',
    },
    summary: 'Contest a regolarizzazione contributiva for one worker',
    description:
      'At most two contestazioni per worker of a nota (INPS msg 1779/2019): the third is `409 ' +
      'OPERAZIONE_NON_CONSENTITA`, as is a sistemazione, a nota paid or cancelled, or one past its ' +
      'term: 90 days from the notifica, the last day included.',
  }),
  tracciati: endpoint('tracciati', {
    method: 'GET',
    path: `${POSIZIONE}/tracciati`,
    params: posizione,
    response: z.array(ricevutaTracciatoSchema),
    success: { 200: 'The receipts.' },
    summary: 'Tracciati received for the posizione, newest first',
  }),
  tracciatoSend: endpoint('tracciatoSend', {
    method: 'POST',
    path: `${POSIZIONE}/tracciati`,
    params: posizione,
    body: tracciatoInputSchema,
    response: ricevutaTracciatoSchema,
    success: { 201: 'The receipt.' },
    errors: { 400: '`RICHIESTA_NON_VALIDA`: not base64, or not the shape of a tracciato' },
    summary: 'Send a file of circolare INPDAP 38/2000',
    description:
      'The content travels base64 in JSON, strictly (RFC 4648, no line breaks). The sandbox checks ' +
      "the shape only, with the app's own check (shared/domain/tracciati). A file that fails is " +
      'refused (400, the reason in Italian) and nothing is recorded.',
  }),
  delegheList: endpoint('delegheList', {
    method: 'GET',
    path: '/v1/deleghe',
    params: noParams,
    response: z.array(delegaSchema),
    success: { 200: 'Deleghe, newest first.' },
    summary: "Gestione Deleghe – the intermediario's deleghe",
  }),
  delegaCreate: endpoint('delegaCreate', {
    method: 'POST',
    path: '/v1/deleghe',
    params: noParams,
    body: delegaRequestSchema,
    response: delegaSchema,
    success: { 201: 'The delega, stato richiesta.' },
    errors: {
      400: 'RICHIESTA_NON_VALIDA (message starts with the field path)',
      403: 'OPERAZIONE_NON_CONSENTITA',
      409: 'DELEGA_GIA_PRESENTE',
      422: 'POSIZIONE_INESISTENTE',
    },
    summary: 'Request a delega',
    description:
      "Creates the request and sends to the ente's PEC, over SMTP, the e-mail with an 8-digit OTP.",
  }),
  delegaDetail: endpoint('delegaDetail', {
    method: 'GET',
    path: '/v1/deleghe/{numero}',
    params: delega,
    response: delegaSchema,
    success: { 200: 'The delega.' },
    errors: { 404: 'RISORSA_NON_TROVATA' },
    summary: "One of the caller's deleghe",
  }),
  delegaActivate: endpoint('delegaActivate', {
    method: 'POST',
    path: '/v1/deleghe/{numero}/attivazione',
    params: delega,
    body: otpActivationSchema,
    response: delegaSchema,
    success: { 200: 'The delega, stato attiva.' },
    errors: {
      409: 'OTP_GIA_UTILIZZATO',
      410: 'OTP_SCADUTO',
      422: 'OTP_ERRATO, with the attempts left',
      423: 'RICHIESTA_BLOCCATA',
    },
    summary: 'Activate with the OTP and the declaration that the delegante signed',
  }),
  delegaResendOtp: endpoint('delegaResendOtp', {
    method: 'POST',
    path: '/v1/deleghe/{numero}/otp',
    params: delega,
    response: delegaSchema,
    success: { 200: 'The delega, stato richiesta, the same attempts left.' },
    errors: { 409: 'OTP_GIA_UTILIZZATO', 429: 'TROPPI_INVII_OTP, with a Retry-After header' },
    summary: "A new OTP to the ente's PEC, at most 3 an hour per request",
  }),
  delegaRevoke: endpoint('delegaRevoke', {
    method: 'POST',
    path: '/v1/deleghe/{numero}/revoca',
    params: delega,
    response: delegaSchema,
    success: { 200: 'The delega, stato revocata.' },
    summary: 'Revoke; the posizione leaves the Ricerca (and so do its sub-abilitazioni)',
  }),
  abilitazioniList: endpoint('abilitazioniList', {
    method: 'GET',
    path: '/v1/abilitazioni-concesse',
    params: noParams,
    response: z.array(subAbilitazioneSchema),
    success: { 200: 'The abilitazioni granted.' },
    summary: 'Abilitazioni the caller granted (sub-abilitazioni; dipendenti delegated by the ente)',
  }),
  abilitazioneGrant: endpoint('abilitazioneGrant', {
    method: 'POST',
    path: '/v1/abilitazioni-concesse',
    params: noParams,
    body: z.object({
      codiceFiscale: z.string().max(16),
      posizioneId: z.string().max(100),
      ruolo: z.enum(['subdelegato', 'delegato', 'delegato_comando'], {
        message: 'scegli subdelegato, delegato o delegato_comando.',
      }),
    }),
    response: subAbilitazioneSchema,
    success: { 201: 'The row granted.' },
    summary: 'Grant one',
    description:
      "`subdelegato`: by an intermediario with an active delega on the posizione, to a person with the operatore d'azienda " +
      'profile (SC62). `delegato` / `delegato_comando`: by the legale rappresentante of the posizione.',
  }),
  abilitazioneRevoke: endpoint('abilitazioneRevoke', {
    method: 'POST',
    path: '/v1/abilitazioni-concesse/{id}/revoca',
    params: z.object({ id: z.string().regex(/^[0-9]{1,15}$/, 'identificativo di abilitazione non valido') }),
    response: z.object({ revocata: z.number().int() }),
    success: { 200: 'Revoked.' },
    summary: 'Revoke one the caller granted',
  }),
  quesitiList: endpoint('quesitiList', {
    method: 'GET',
    path: '/v1/quesiti',
    params: noParams,
    response: z.array(quesitoSummarySchema),
    success: { 200: 'Summaries, newest first.' },
    summary: "The caller's quesiti of the Comunicazione bidirezionale (circ. 34/2023 §3.1)",
  }),
  feedbackSend: endpoint('feedbackSend', {
    method: 'POST',
    path: '/v1/feedback',
    params: noParams,
    body: feedbackSchema,
    response: z.object({ registrato: z.boolean() }),
    success: { 201: 'Stored.' },
    errors: { 400: '`RICHIESTA_NON_VALIDA`' },
    summary: 'Instant Feedback, a rating 1–5 of a service with a comment',
  }),
  quesitoCreate: endpoint('quesitoCreate', {
    method: 'POST',
    path: `${POSIZIONE}/quesiti`,
    params: posizione,
    body: nuovoQuesitoSchema,
    response: quesitoDetailSchema,
    success: {
      200: 'The quesito made earlier with the same idempotency key.',
      201: 'The quesito with its timeline.',
    },
    errors: { 400: '`RICHIESTA_NON_VALIDA`, with the reason in Italian' },
    summary: 'Send a quesito (classe and oggetto of circ. 34/2023, text, one ZIP of at most three files)',
    description:
      'The ZIP is opened and checked again (at most 3 files, size per file, allowed types, names with ' +
      'no path). A repeated `idempotencyKey` of the same caller answers 200 with the quesito already made.',
  }),
  quesitoDetail: quesitoRead(
    'quesitoDetail',
    '',
    quesitoDetailSchema,
    'One quesito with its timeline (states, operator comments, esito) and attachments',
  ),
  quesitoAllegati: quesitoRead(
    'quesitoAllegati',
    '/allegati',
    allegatiZipSchema,
    'The ZIP of attachments sent with the quesito, byte for byte (404 also when it had none)',
  ),
  quesitoSlots: quesitoRead(
    'quesitoSlots',
    '/slot',
    z.array(slotSchema),
    "Free slots of the Agenda appuntamenti at the quesito's sede",
  ),
  appuntamentoBook: endpoint('appuntamentoBook', {
    method: 'POST',
    path: `${POSIZIONE}/quesiti/{quesitoId}/appuntamento`,
    params: quesito,
    body: z.object({ slotId: z.string().min(1).max(100) }),
    response: appuntamentoSchema,
    success: { 201: 'The appointment booked.' },
    errors: { 404: '`RISORSA_NON_TROVATA`', 409: '`OPERAZIONE_NON_CONSENTITA`' },
    summary: 'Book a slot; 409 unless the answer is late or non accolta',
  }),
  appuntamentoCancel: endpoint('appuntamentoCancel', {
    method: 'DELETE',
    path: `${POSIZIONE}/quesiti/{quesitoId}/appuntamento`,
    params: quesito,
    response: z.object({ annullato: z.boolean() }),
    success: { 200: 'Cancelled.' },
    errors: { 404: '`RISORSA_NON_TROVATA`' },
    summary: 'Cancel the booked appointment',
  }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

/** Every endpoint under a posizione starts so: the sandbox authorizes it before anything else. */
export const POSIZIONE_PATH = POSIZIONE;

/** The endpoint of each consultation section. */
export const sezioneEndpoints = {
  versamenti: endpoints.versamenti,
  'note-rettifica': endpoints.noteRettifica,
  'piani-ammortamento': endpoints.pianiAmmortamento,
  dma: endpoints.denunce,
  'note-debito': endpoints.noteDebito,
  'note-debito-eca': endpoints.noteDebitoEca,
} as const satisfies Record<Sezione, AnyEndpoint>;

export const allEndpoints: readonly AnyEndpoint[] = Object.values(endpoints);
