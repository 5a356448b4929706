/**
 * The test identities of the sandbox: who can log in at the bridge's test identity providers
 * and what INPS knows of them. Names are invented; the codici fiscali are valid by their check
 * character (tested) and built from the names and birth data as the rule says.
 *
 * `ricercaAttesa` is written out by hand, not derived from the abilitazioni: tests compare the
 * API's Ricerca against it, so it must not share the API's logic.
 */
import type { RuoloPosizione } from '../../shared/domain/cassettoApi';
import type { SpidLevel } from '../../shared/domain/spid';
import type { PosizioneKey } from './enti';

export const PERSONA_KEYS = [
  'legale-comune',
  'delegato-comune',
  'comando',
  'intermediario',
  'subdelegato',
  'cittadino',
  'solo-l1',
] as const;
export type PersonaKey = (typeof PERSONA_KEYS)[number];

/** The INPS profile that opens the Gestione Dipendenti Pubblici services. */
export type ProfiloInps = 'azienda_operatore' | 'intermediario';

export interface Persona {
  key: PersonaKey;
  codiceFiscale: string;
  nome: string;
  cognome: string;
  email: string;
  /** Who the persona is, in Italian: shown on the bridge's test login page. */
  descrizione: string;
  credenziali: {
    /** Highest SPID level the identity has, or null without SPID. */
    spid: SpidLevel | null;
    cie: boolean;
    /** Holds a Carta Nazionale dei Servizi (a certificate in the sandbox's cns/ folder). */
    cns: boolean;
  };
  profilo: ProfiloInps | null;
  ricercaAttesa: ReadonlyArray<{ posizione: PosizioneKey; ruolo: RuoloPosizione }>;
}

export const PERSONAE: readonly Persona[] = [
  {
    key: 'legale-comune',
    codiceFiscale: 'RNLMRC67E14G337R',
    nome: 'Marco',
    cognome: 'Rinaldi',
    email: 'marco.rinaldi@comune.borgosanvitale.example.it',
    descrizione: 'Sindaco e legale rappresentante del Comune di Borgo San Vitale',
    credenziali: { spid: 3, cie: true, cns: true },
    profilo: 'azienda_operatore',
    ricercaAttesa: [
      { posizione: 'comune-borgo', ruolo: 'legale_rappresentante' },
      { posizione: 'comune-borgo-nidi', ruolo: 'legale_rappresentante' },
    ],
  },
  {
    key: 'delegato-comune',
    codiceFiscale: 'CLMLRA79S42B034K',
    nome: 'Laura',
    cognome: 'Colombo',
    email: 'laura.colombo@comune.borgosanvitale.example.it',
    descrizione: 'Ufficio personale del Comune di Borgo San Vitale, dipendente delegata',
    credenziali: { spid: 3, cie: true, cns: true },
    profilo: 'azienda_operatore',
    ricercaAttesa: [
      { posizione: 'comune-borgo', ruolo: 'delegato' },
      { posizione: 'comune-borgo-nidi', ruolo: 'delegato' },
    ],
  },
  {
    key: 'comando',
    codiceFiscale: 'SPSPLA83L21F839E',
    nome: 'Paolo',
    cognome: 'Esposito',
    email: 'paolo.esposito@comune.roccafredda.example.it',
    descrizione: 'Dipendente del Comune di Roccafredda in comando presso il Comune di Borgo San Vitale',
    credenziali: { spid: 3, cie: true, cns: true },
    profilo: 'azienda_operatore',
    ricercaAttesa: [{ posizione: 'comune-borgo', ruolo: 'delegato_comando' }],
  },
  {
    key: 'intermediario',
    codiceFiscale: 'RMNFNC75B49H223F',
    nome: 'Francesca',
    cognome: 'Romano',
    email: 'studio@romano-consulenti.example.it',
    descrizione: 'Consulente del lavoro (L. 12/1979), Studio Romano di Reggio Emilia',
    credenziali: { spid: 3, cie: true, cns: true },
    profilo: 'intermediario',
    ricercaAttesa: [
      { posizione: 'comune-roccafredda', ruolo: 'intermediario' },
      { posizione: 'unione-bassa', ruolo: 'intermediario' },
      { posizione: 'istituto-comprensivo', ruolo: 'intermediario' },
    ],
  },
  {
    key: 'subdelegato',
    codiceFiscale: 'GRCLCU90P30G535G',
    nome: 'Luca',
    cognome: 'Greco',
    email: 'luca.greco@romano-consulenti.example.it',
    descrizione: 'Dipendente dello Studio Romano, subdelegato per il Comune di Roccafredda',
    credenziali: { spid: 3, cie: true, cns: true },
    profilo: 'azienda_operatore',
    ricercaAttesa: [{ posizione: 'comune-roccafredda', ruolo: 'subdelegato' }],
  },
  {
    key: 'cittadino',
    // Omocodic on purpose (the last digit of the birth place code is a letter): the app must
    // accept such codes.
    codiceFiscale: 'RCCCHR95D58A94QJ',
    nome: 'Chiara',
    cognome: 'Ricci',
    email: 'chiara.ricci@example.it',
    descrizione: 'Cittadina con SPID, senza alcun profilo INPS per le aziende',
    credenziali: { spid: 3, cie: true, cns: true },
    profilo: null,
    ricercaAttesa: [],
  },
  {
    key: 'solo-l1',
    codiceFiscale: 'MRNNDR88T05F257W',
    nome: 'Andrea',
    cognome: 'Marino',
    email: 'andrea.marino@comune.borgosanvitale.example.it',
    // Delegated like any operator, so that a refusal can only come from the level.
    descrizione: 'Dipendente delegato del Comune di Borgo San Vitale, con solo SPID di livello 1',
    credenziali: { spid: 1, cie: false, cns: false },
    profilo: 'azienda_operatore',
    ricercaAttesa: [],
  },
];

export function personaByKey(key: PersonaKey): Persona {
  const found = PERSONAE.find((persona) => persona.key === key);
  if (!found) throw new Error(`Persona di prova sconosciuta: ${key}`);
  return found;
}
