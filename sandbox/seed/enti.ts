/**
 * The enti and their posizioni contributive in the sandbox.
 *
 * Invented names in real provinces. The codici fiscali are valid by their check digit but made
 * up; the sede INPS, comparto and gestioni are plausible, not taken from INPS archives [INFER].
 * Gestioni: CPDEL (Cassa pensioni dipendenti enti locali), CPS (sanitari), CPI (insegnanti
 * asili e scuole elementari parificate), CTPS (Cassa trattamenti pensionistici dipendenti
 * statali), TFS/TFR (fine servizio), ENPDEP/Fondo credito.
 */
import type { TipoEnte } from '../../shared/domain/cassettoApi';

export interface SeedEnte {
  codiceFiscale: string;
  denominazione: string;
  tipoEnte: TipoEnte;
  comparto: string;
  codiceIpa: string;
  indirizzo: string;
  cap: string;
  comune: string;
  provincia: string;
  pec: string;
  legaleRappresentante: string;
}

export interface SeedPosizione {
  /** `seeded-N`: one of the extra posizioni of `--seed-posizioni` (seededPosizioni.ts). */
  key: PosizioneKey | `seeded-${number}`;
  codiceFiscaleEnte: string;
  progressivo: string;
  denominazione: string;
  sedeInps: string;
  gestioni: readonly string[];
  dataIscrizione: string;
  stato: 'attiva' | 'cessata' | 'sospesa';
}

export const POSIZIONE_KEYS = [
  'comune-borgo',
  'comune-borgo-nidi',
  'comune-roccafredda',
  'unione-bassa',
  'asl-pianura',
  'archivio-stato',
  'istituto-comprensivo',
] as const;
export type PosizioneKey = (typeof POSIZIONE_KEYS)[number];

export const ENTI: readonly SeedEnte[] = [
  {
    codiceFiscale: '82001450343',
    denominazione: 'Comune di Borgo San Vitale',
    tipoEnte: 'comune',
    comparto: 'Funzioni locali',
    codiceIpa: 'c_bsv',
    indirizzo: 'Piazza della Repubblica 1',
    cap: '43058',
    comune: 'Borgo San Vitale',
    provincia: 'PR',
    pec: 'protocollo@pec.comune.borgosanvitale.example.it',
    legaleRappresentante: 'Marco Rinaldi',
  },
  {
    codiceFiscale: '81002750339',
    denominazione: 'Comune di Roccafredda',
    tipoEnte: 'comune',
    comparto: 'Funzioni locali',
    codiceIpa: 'c_rcf',
    indirizzo: 'Via Castello 3',
    cap: '29020',
    comune: 'Roccafredda',
    provincia: 'PC',
    pec: 'comune.roccafredda@pec.example.it',
    legaleRappresentante: 'Giovanna Bersani',
  },
  {
    codiceFiscale: '91012340344',
    denominazione: 'Unione dei Comuni della Bassa Est',
    tipoEnte: 'unione_comuni',
    comparto: 'Funzioni locali',
    codiceIpa: 'ucbe',
    indirizzo: 'Via Emilia 120',
    cap: '43052',
    comune: 'Colorno',
    provincia: 'PR',
    pec: 'unione.bassaest@pec.example.it',
    legaleRappresentante: 'Stefano Cavalli',
  },
  {
    codiceFiscale: '02246800342',
    denominazione: 'Azienda Sanitaria Locale Pianura Emiliana',
    tipoEnte: 'azienda_sanitaria',
    comparto: 'Sanità',
    codiceIpa: 'asl_pe',
    indirizzo: 'Strada del Quartiere 2/A',
    cap: '43125',
    comune: 'Parma',
    provincia: 'PR',
    pec: 'protocollo@pec.aslpianura.example.it',
    legaleRappresentante: 'Elena Fontana',
  },
  {
    codiceFiscale: '80023450341',
    denominazione: 'Ministero della Cultura – Archivio di Stato di Borgo San Vitale',
    tipoEnte: 'amministrazione_statale',
    comparto: 'Funzioni centrali',
    codiceIpa: 'mic_as_bsv',
    indirizzo: 'Via dei Farnese 7',
    cap: '43058',
    comune: 'Borgo San Vitale',
    provincia: 'PR',
    pec: 'as-bsv@pec.cultura.example.it',
    legaleRappresentante: 'Roberto Gallo',
  },
  {
    codiceFiscale: '92007890343',
    denominazione: 'Istituto Comprensivo "Maria Montessori" di Borgo San Vitale',
    tipoEnte: 'istituzione_scolastica',
    comparto: 'Istruzione e ricerca',
    codiceIpa: 'istsc_pric81200x',
    indirizzo: 'Viale della Libertà 14',
    cap: '43058',
    comune: 'Borgo San Vitale',
    provincia: 'PR',
    pec: 'pric81200x@pec.istruzione.example.it',
    legaleRappresentante: 'Anna Moretti',
  },
];

export const POSIZIONI: readonly SeedPosizione[] = [
  {
    key: 'comune-borgo',
    codiceFiscaleEnte: '82001450343',
    progressivo: '00001',
    denominazione: 'Comune di Borgo San Vitale',
    sedeInps: 'Direzione provinciale di Parma',
    gestioni: ['CPDEL', 'TFS', 'Fondo credito'],
    dataIscrizione: '1996-01-01',
    stato: 'attiva',
  },
  {
    key: 'comune-borgo-nidi',
    codiceFiscaleEnte: '82001450343',
    progressivo: '00002',
    denominazione: 'Comune di Borgo San Vitale – Servizi educativi e nidi',
    sedeInps: 'Direzione provinciale di Parma',
    gestioni: ['CPI', 'TFS', 'Fondo credito'],
    dataIscrizione: '2004-09-01',
    stato: 'attiva',
  },
  {
    key: 'comune-roccafredda',
    codiceFiscaleEnte: '81002750339',
    progressivo: '00001',
    denominazione: 'Comune di Roccafredda',
    sedeInps: 'Direzione provinciale di Piacenza',
    gestioni: ['CPDEL', 'TFR', 'Fondo credito'],
    dataIscrizione: '1996-01-01',
    stato: 'attiva',
  },
  {
    key: 'unione-bassa',
    codiceFiscaleEnte: '91012340344',
    progressivo: '00001',
    denominazione: 'Unione dei Comuni della Bassa Est',
    sedeInps: 'Direzione provinciale di Parma',
    gestioni: ['CPDEL', 'TFR', 'Fondo credito'],
    dataIscrizione: '2009-03-01',
    stato: 'attiva',
  },
  {
    key: 'asl-pianura',
    codiceFiscaleEnte: '02246800342',
    progressivo: '00001',
    denominazione: 'Azienda Sanitaria Locale Pianura Emiliana',
    sedeInps: 'Direzione provinciale di Parma',
    gestioni: ['CPDEL', 'CPS', 'TFS', 'Fondo credito'],
    dataIscrizione: '1996-01-01',
    stato: 'attiva',
  },
  {
    key: 'archivio-stato',
    codiceFiscaleEnte: '80023450341',
    progressivo: '00001',
    denominazione: 'Archivio di Stato di Borgo San Vitale',
    sedeInps: 'Direzione provinciale di Parma',
    gestioni: ['CTPS', 'TFS', 'Fondo credito'],
    dataIscrizione: '2012-01-01',
    stato: 'attiva',
  },
  {
    key: 'istituto-comprensivo',
    codiceFiscaleEnte: '92007890343',
    progressivo: '00001',
    denominazione: 'Istituto Comprensivo "Maria Montessori"',
    sedeInps: 'Direzione provinciale di Parma',
    gestioni: ['CTPS', 'TFR', 'Fondo credito'],
    dataIscrizione: '2000-09-01',
    stato: 'attiva',
  },
];

/** The id of a posizione in the API: codice fiscale of the ente and progressivo. */
export function posizioneIdOf(posizione: Pick<SeedPosizione, 'codiceFiscaleEnte' | 'progressivo'>): string {
  return `${posizione.codiceFiscaleEnte}-${posizione.progressivo}`;
}

export function seedPosizione(key: PosizioneKey): SeedPosizione {
  const found = POSIZIONI.find((posizione) => posizione.key === key);
  if (!found) throw new Error(`Posizione di prova sconosciuta: ${key}`);
  return found;
}

export function posizioneId(key: PosizioneKey): string {
  return posizioneIdOf(seedPosizione(key));
}
