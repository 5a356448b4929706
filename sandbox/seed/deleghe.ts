/**
 * The deleghe INPS has on record for the intermediario persona, matching her abilitazioni
 * (abilitazioni.ts): three active, one waiting for its OTP, one revoked, one expired. Their dates
 * are relative to the day the archive is seeded, so that on the real clock the active ones are
 * in force and one of them falls within the app's reminder window before expiry.
 */
import { computeCheckCharacter } from '../../shared/domain/codiceFiscale';
import {
  addMonths,
  dataFineDelega,
  delegaRequestSchema,
  type DelegaRequest,
} from '../../shared/domain/delega';
import type { StatoDelega } from '../../shared/domain/delega';
import { ENTI, posizioneIdOf, seedPosizione, type PosizioneKey } from './enti';
import { personaByKey } from './personae';

export interface SeedDelega {
  numero: string;
  posizioneId: string;
  stato: Exclude<StatoDelega, 'scaduta'>;
  request: DelegaRequest;
  dataRichiesta: string;
  dataAttivazione: string | null;
  dataRevoca: string | null;
  dataFine: string;
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The enti's legali rappresentanti as INPS knows them: first 15 characters, check computed. */
const LEGALI: Readonly<Record<string, { cf15: string; nome: string; cognome: string; carica: string }>> = {
  '81002750339': { cf15: 'BRSGNN62A41G535', nome: 'Giovanna', cognome: 'Bersani', carica: 'Sindaca' },
  '91012340344': { cf15: 'CVLSFN70C12C904', nome: 'Stefano', cognome: 'Cavalli', carica: 'Presidente' },
  '02246800342': {
    cf15: 'FNTLNE68D50G337',
    nome: 'Elena',
    cognome: 'Fontana',
    carica: 'Direttrice generale',
  },
  '80023450341': { cf15: 'GLLRRT66H05G337', nome: 'Roberto', cognome: 'Gallo', carica: 'Direttore' },
  '92007890343': {
    cf15: 'MRTNNA71L52G337',
    nome: 'Anna',
    cognome: 'Moretti',
    carica: 'Dirigente scolastica',
  },
  '82001450343': { cf15: 'RNLMRC67E14G337', nome: 'Marco', cognome: 'Rinaldi', carica: 'Sindaco' },
};

interface Plan {
  posizione: PosizioneKey;
  stato: SeedDelega['stato'];
  durataMesi: 12 | 24 | 36;
  /** The start, from the day of seeding. */
  inizio: (oggi: string) => string;
}

const PLANS: readonly Plan[] = [
  {
    posizione: 'comune-roccafredda',
    stato: 'attiva',
    durataMesi: 36,
    inizio: (oggi) => addMonths(oggi, -14),
  },
  { posizione: 'unione-bassa', stato: 'attiva', durataMesi: 24, inizio: (oggi) => addMonths(oggi, -10) },
  // Ends in 30 days: the archive reminds of it.
  {
    posizione: 'istituto-comprensivo',
    stato: 'attiva',
    durataMesi: 12,
    inizio: (oggi) => addMonths(addDays(oggi, 31), -12),
  },
  { posizione: 'archivio-stato', stato: 'richiesta', durataMesi: 12, inizio: (oggi) => addDays(oggi, 1) },
  { posizione: 'asl-pianura', stato: 'revocata', durataMesi: 36, inizio: (oggi) => addMonths(oggi, -30) },
  // Active on record but past its end: INPS shows it as scaduta.
  { posizione: 'comune-borgo-nidi', stato: 'attiva', durataMesi: 12, inizio: (oggi) => addMonths(oggi, -13) },
];

export function seedDeleghe(oggi: string): SeedDelega[] {
  const persona = personaByKey('intermediario');
  return PLANS.map((plan, index) => {
    const posizione = seedPosizione(plan.posizione);
    const ente = ENTI.find((candidate) => candidate.codiceFiscale === posizione.codiceFiscaleEnte);
    const legale = LEGALI[posizione.codiceFiscaleEnte];
    if (!ente || !legale) throw new Error(`Seed deleghe: ente ${posizione.codiceFiscaleEnte} sconosciuto`);
    const dataInizio = plan.inizio(oggi);
    const dataRichiesta = addDays(dataInizio, plan.stato === 'richiesta' ? -3 : -9);
    const numero = `DLG-${dataRichiesta.slice(0, 4)}-${String(900_001 + index).padStart(6, '0')}`;
    const request = delegaRequestSchema.parse({
      intermediario: {
        codiceFiscale: persona.codiceFiscale,
        nome: persona.nome,
        cognome: persona.cognome,
        qualifica: 'consulente_lavoro',
        ordine: 'Ordine dei Consulenti del Lavoro',
        provinciaOrdine: 'RE',
        numeroIscrizione: '1234',
        studio: 'Studio Romano – Consulenza del lavoro, Via Emilia San Pietro 21, Reggio Emilia',
        pec: 'francesca.romano@pec.consulentidellavoro.example.it',
      },
      ente: {
        codiceFiscale: ente.codiceFiscale,
        denominazione: ente.denominazione,
        progressivo: posizione.progressivo,
        pec: ente.pec,
      },
      legaleRappresentante: {
        codiceFiscale: `${legale.cf15}${computeCheckCharacter(legale.cf15)}`,
        nome: legale.nome,
        cognome: legale.cognome,
        carica: legale.carica,
      },
      servizi: ['denunce_versamenti', 'cassetto_previdenziale'],
      dataInizio,
      durataMesi: plan.durataMesi,
      luogo: 'Reggio Emilia',
      dataSottoscrizione: dataRichiesta,
      numeroRichiesta: numero,
    });
    const dataFine = dataFineDelega(dataInizio, plan.durataMesi);
    return {
      numero,
      posizioneId: posizioneIdOf(posizione),
      stato: plan.stato,
      request,
      dataRichiesta: `${dataRichiesta}T09:00:00.000Z`,
      dataAttivazione: plan.stato === 'richiesta' ? null : `${addDays(dataRichiesta, 3)}T10:00:00.000Z`,
      dataRevoca: plan.stato === 'revocata' ? `${addMonths(oggi, -6)}T11:00:00.000Z` : null,
      dataFine,
    };
  });
}
