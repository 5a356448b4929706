/**
 * The classi and oggetti of the Comunicazione bidirezionale for public-employer posizioni, as
 * circ. INPS 34/2023 §3.1 lists them. The codes are ours (stable keys for the API); the labels
 * are INPS's words.
 */
export interface OggettoQuesito {
  code: string;
  label: string;
}

export interface ClasseQuesito {
  code: string;
  label: string;
  oggetti: readonly OggettoQuesito[];
}

export const CLASSI_QUESITO: readonly ClasseQuesito[] = [
  {
    code: 'UNIEMENS',
    label: 'Uniemens',
    oggetti: [
      { code: 'NOTE_RETTIFICA', label: 'Note di rettifica' },
      { code: 'REGOLARIZZAZIONE', label: 'Regolarizzazione – documentazione a seguito di contestazione' },
      { code: 'ENTI_INADEMPIENTI', label: 'Enti inadempienti' },
      { code: 'UNIEMENS_TRASMESSI', label: 'Uniemens trasmessi' },
    ],
  },
  {
    code: 'DENUNCE_INDIVIDUALI',
    label: 'Denunce individuali',
    oggetti: [
      { code: 'MOD_770', label: '770' },
      { code: 'UNIEMENS_D0', label: 'Uniemens D0' },
    ],
  },
  {
    code: 'VERSAMENTI',
    label: 'Versamenti',
    oggetti: [
      { code: 'PAGAMENTI', label: 'Pagamenti' },
      { code: 'RIMBORSI_COMPENSAZIONI', label: 'Rimborsi/compensazioni' },
    ],
  },
  { code: 'DURC', label: 'Durc', oggetti: [{ code: 'DURC', label: 'Durc' }] },
  {
    code: 'GESTIONE_CREDITO',
    label: 'Gestione del credito',
    oggetti: [
      { code: 'ECA', label: 'Estratto conto amministrazione – ECA' },
      { code: 'NOTE_DEBITO', label: 'Note di debito' },
      { code: 'AVVISI_ADDEBITO', label: 'Avvisi di addebito – AVA' },
      { code: 'SCARTI_PIANI_AMMORTAMENTO', label: 'Gestione scarti piani di ammortamento' },
      { code: 'DILAZIONE_AMMINISTRATIVA', label: 'Dilazione amministrativa' },
    ],
  },
  {
    code: 'CERTIFICAZIONI',
    label: 'Certificazioni',
    oggetti: [{ code: 'CERTIFICAZIONI_DISTACCO', label: 'Certificazioni di distacco' }],
  },
];

export function findClasse(code: string): ClasseQuesito | undefined {
  return CLASSI_QUESITO.find((classe) => classe.code === code);
}

/** The oggetto only if it belongs to that classe: a pair from two classes is not a subject. */
export function findOggetto(classeCode: string, oggettoCode: string): OggettoQuesito | undefined {
  return findClasse(classeCode)?.oggetti.find((oggetto) => oggetto.code === oggettoCode);
}

/** "Classe – Oggetto", the subject line shown in lists and notices. */
export function subjectOf(classeCode: string, oggettoCode: string): string {
  const classe = findClasse(classeCode);
  const oggetto = findOggetto(classeCode, oggettoCode);
  if (!classe || !oggetto) return `${classeCode} – ${oggettoCode}`;
  return classe.label === oggetto.label ? classe.label : `${classe.label} – ${oggetto.label}`;
}
