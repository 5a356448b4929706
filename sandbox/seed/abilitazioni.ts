/**
 * Who may act on which posizione, as INPS records it: legali rappresentanti, dipendenti
 * delegated through "Gestione Deleghe" (also from another amministrazione, in comando),
 * intermediari with a delega activated by OTP, and their employees with a sub-abilitazione.
 *
 * Inactive rows are here on purpose: a revoked delega and one still waiting for its OTP must
 * not open the posizione.
 */
import type { RuoloPosizione } from '../../shared/domain/cassettoApi';
import type { PosizioneKey } from './enti';
import type { PersonaKey } from './personae';

export type StatoAbilitazione = 'attiva' | 'in_attesa_otp' | 'revocata';

export interface SeedAbilitazione {
  persona: PersonaKey;
  posizione: PosizioneKey;
  ruolo: RuoloPosizione;
  stato: StatoAbilitazione;
  /** For a subdelegato: the intermediario whose delega the sub-abilitazione rests on. */
  delegante?: PersonaKey;
  dataInizio: string;
}

export const ABILITAZIONI: readonly SeedAbilitazione[] = [
  {
    persona: 'legale-comune',
    posizione: 'comune-borgo',
    ruolo: 'legale_rappresentante',
    stato: 'attiva',
    dataInizio: '2021-10-18',
  },
  {
    persona: 'legale-comune',
    posizione: 'comune-borgo-nidi',
    ruolo: 'legale_rappresentante',
    stato: 'attiva',
    dataInizio: '2021-10-18',
  },
  {
    persona: 'delegato-comune',
    posizione: 'comune-borgo',
    ruolo: 'delegato',
    stato: 'attiva',
    dataInizio: '2023-05-02',
  },
  {
    persona: 'delegato-comune',
    posizione: 'comune-borgo-nidi',
    ruolo: 'delegato',
    stato: 'attiva',
    dataInizio: '2023-05-02',
  },
  {
    persona: 'comando',
    posizione: 'comune-borgo',
    ruolo: 'delegato_comando',
    stato: 'attiva',
    dataInizio: '2024-02-01',
  },
  {
    persona: 'solo-l1',
    posizione: 'comune-borgo',
    ruolo: 'delegato',
    stato: 'attiva',
    dataInizio: '2024-06-10',
  },
  {
    persona: 'intermediario',
    posizione: 'comune-roccafredda',
    ruolo: 'intermediario',
    stato: 'attiva',
    dataInizio: '2023-07-03',
  },
  {
    persona: 'intermediario',
    posizione: 'unione-bassa',
    ruolo: 'intermediario',
    stato: 'attiva',
    dataInizio: '2023-09-12',
  },
  {
    persona: 'intermediario',
    posizione: 'istituto-comprensivo',
    ruolo: 'intermediario',
    stato: 'attiva',
    dataInizio: '2024-01-15',
  },
  {
    persona: 'intermediario',
    posizione: 'asl-pianura',
    ruolo: 'intermediario',
    stato: 'revocata',
    dataInizio: '2022-03-01',
  },
  {
    persona: 'intermediario',
    posizione: 'archivio-stato',
    ruolo: 'intermediario',
    stato: 'in_attesa_otp',
    dataInizio: '2025-01-20',
  },
  {
    persona: 'subdelegato',
    posizione: 'comune-roccafredda',
    ruolo: 'subdelegato',
    stato: 'attiva',
    delegante: 'intermediario',
    dataInizio: '2024-03-04',
  },
];
