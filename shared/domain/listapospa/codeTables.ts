/**
 * INPS code tables of ListaPosPA as data, with labels and validity dates.
 *
 * Source: docs/uniemens.md §3 (copies of INPS tables ~2022 seen in
 * ricscan/UniEmensExplorer, plus INPS messages for later changes). They may be incomplete: the
 * official list is in the INPS "Allegato tecnico", which was not available. A code outside a
 * table is therefore reported as a warning, not a blocking error.
 */

export interface CodeEntry {
  code: string;
  label: string;
  /** First day the code may be used (ISO), when a source dates it. */
  validFrom?: string;
  /** Last day the code may be used (ISO). */
  validTo?: string;
  /** Where the code or its dates come from, when it is not the base table. */
  source?: string;
}

export interface CodeTable {
  name: string;
  source: string;
  entries: readonly CodeEntry[];
}

/**
 * Codes the source lists under one label (58 and 59 "Richiamo alle armi"…) are told apart in the
 * label itself, "(variante 1 di 2)", so no two options of a list read the same.
 */
function distinctLabels(entries: CodeEntry[]): CodeEntry[] {
  const count = new Map<string, number>();
  for (const entry of entries) count.set(entry.label, (count.get(entry.label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const total = count.get(entry.label) ?? 1;
    if (total === 1) return entry;
    const nth = (seen.get(entry.label) ?? 0) + 1;
    seen.set(entry.label, nth);
    return { ...entry, label: `${entry.label} (variante ${nth} di ${total})` };
  });
}

const table = (name: string, source: string, entries: CodeEntry[]): CodeTable => ({
  name,
  source,
  entries: distinctLabels(entries),
});
const list = (pairs: [string, string][]): CodeEntry[] => pairs.map(([code, label]) => ({ code, label }));
const BASE = 'Tabelle INPS ~2022 riportate da ricscan/UniEmensExplorer (docs/uniemens.md §3)';

export const TIPO_IMPIEGO = table('TipoImpiego', BASE, [
  ...list([
    ['1', 'Tempo indeterminato (tempo pieno)'],
    ['2', 'Giornaliero'],
    ['3', 'C.F.L. (D.L. 299/94)'],
    ['4', 'C.F.L. (D.L. 299/94)'],
    ['5', 'C.F.L. (L. 196/97)'],
    ['6', 'C.F.L. (L. 196/97)'],
    ['7', 'C.F.L. (L. 196/97)'],
    ['8', 'Part-time (tempo indeterminato)'],
    ['9', 'Orario ridotto'],
    ['10', 'Tempo definito (personale sanitario e universitario)'],
    ['11', 'Assunti L. 407/1990 art. 8 c. 9 (centro-nord)'],
    ['12', 'Assunti L. 407/1990 art. 8 c. 9 (mezzogiorno)'],
    ['13', 'Supplenti della scuola'],
    ['14', 'Personale militare (D.Lgs. 165/1997 art. 4)'],
    ['17', 'Tempo determinato (tempo pieno)'],
    ['18', 'Part-time (tempo determinato)'],
    ['35', 'Contratto di inserimento (D.Lgs. 276/2003 art. 54)'],
    ['36', 'Contratto di inserimento (D.Lgs. 276/2003 art. 54)'],
    ['37', 'Contratto di inserimento (D.Lgs. 276/2003 art. 54)'],
    ['38', 'Personale militare in ferma breve o prolungata'],
    ['39', 'Esodo art. 4 L. 92/2012'],
    ['40', 'Ausiliaria ufficiali'],
    ['41', 'Ausiliaria sottufficiali'],
  ]),
  { code: '42', label: 'Esodo art. 3 L. 92/2012', source: 'circ. INPS 90/2015' },
]);

/** TipoImpiego codes that are part-time: only these carry PartTimePA [3P-claim]. */
export const TIPO_IMPIEGO_PART_TIME: readonly string[] = ['8', '18'];
/** TipoImpiego "giornaliero": needs GiorniUtiliFiniPensionistici (00072I). */
export const TIPO_IMPIEGO_GIORNALIERO = '2';

export const TIPO_SERVIZIO = table('TipoServizio', BASE + ' (selezione)', [
  ...list([
    ['4', 'Servizio ordinario'],
    ['9', 'Congedo parentale con retribuzione ridotta'],
    ['11', 'Ausiliaria militare'],
    ['15', 'Aspettativa fuori ruolo presso organismi internazionali'],
    ['27', 'Aspettativa per servizio militare'],
    ['29', 'Assenza per figli fino a 6 anni (L. 335/95 art. 1 c. 40 a)'],
    ['32', 'Servizio o aspettativa sindacale parziale'],
    ['42', 'Congedo parentale senza retribuzione'],
    ['43', 'Aspettativa per nomina a direttore generale'],
    ['46', 'Mandato amministrativo (art. 81 D.Lgs. 267/2000)'],
    ['47', 'Esonero art. 72 D.L. 112/2008'],
    ['48', 'Assistenza familiari (L. 335/95 art. 1 c. 40 b)'],
    ['49', 'Congedo straordinario art. 42 c. 5 D.Lgs. 151/2001'],
    ['50', 'Aspettativa docenti universitari'],
    ['51', 'Sospensione cautelare militari'],
    ['52', 'Aspettativa per incarico di governo'],
    ['55', 'Incarico DG/DA/DS ASL'],
    ['56', 'Aspettativa per dottorato'],
    ['57', 'Cooperazione con paesi in via di sviluppo'],
    ['58', 'Richiamo alle armi'],
    ['59', 'Richiamo alle armi'],
    ['60', 'Esodo art. 4 L. 92/2012'],
    ['63', 'Congedo per malattia del figlio'],
    ['64', 'Congedo per malattia del figlio'],
    ['71', 'Esodo art. 3 L. 92/2012'],
  ]),
  { code: '72', label: 'Congedo parentale ad ore', source: 'circ. INPS 40/2016' },
  { code: '73', label: 'Congedo parentale ad ore', source: 'circ. INPS 40/2016' },
  ...list([
    ['74', 'Retribuzione figurativa tredicesima'],
    ['77', 'Congedo art. 24 D.Lgs. 80/2015'],
    ['78', 'Congedo art. 24 D.Lgs. 80/2015'],
    ['79', 'Congedo art. 24 D.Lgs. 80/2015'],
    ['80', 'Congedo art. 24 D.Lgs. 80/2015'],
  ]),
  { code: '81', label: 'Esodo', source: 'msg INPS 5804/2015' },
  // Variants for the aziende of art. 20 c. 2 D.L. 112/2008, labelled together in the source.
  ...['33', '34', '35', '44', '45', '53', '54', '65', '66', '67', '68', '69', '70', '75', '76'].map(
    (code) => ({
      code,
      label: 'Aziende art. 20 c. 2 D.L. 112/2008',
    }),
  ),
]);

export const CAUSALE_VARIAZIONE = table('CausaleVariazione', 'docs/uniemens.md §3.3', [
  { code: '1', label: 'Integrazione di dati già comunicati' },
  {
    code: '2',
    label: 'Periodi pregressi mai denunciati',
    validTo: '2019-06-14',
    source:
      'msg INPS 914 del 6/3/2019: non accettata dalle denunce inviate dal 15/06/2019, usare la causale 5',
  },
  { code: '5', label: 'Sostituzione periodi pregressi' },
  { code: '6', label: 'Annullamento periodi pregressi' },
  { code: '7', label: 'Conguaglio previdenziale' },
]);

/** CodMotivoUtilizzo with causale 7 (meanings confirmed by msg INPS 1206/2018 and 123/2024). */
export const COD_MOTIVO_UTILIZZO = table(
  'CodMotivoUtilizzo',
  'docs/uniemens.md §3.4; msg INPS 1206/2018, 123/2024',
  [
    ...list([
      ['1', 'Conguaglio annuale (retribuzioni corrisposte direttamente)'],
      ['2', 'Conguaglio annuale (anche da terzi)'],
      ['3', 'Regolarizzazione da sentenza'],
      ['4', 'Regolarizzazione da transazione'],
      ['5', 'Regolarizzazione da circolare o messaggio'],
      ['6', 'Riduzione imponibile INADEL/ENPAS per recuperi in periodi con tipo servizio non utile'],
      ['7', 'Recupero competenze dipendente cessato'],
      ['8', 'Eventi con accredito figurativo'],
      ['9', 'Contribuzione correlata lavoratori in esodo'],
      ['10', 'Regolarizzazione TFS tempo determinato province di Bolzano e Trento'],
      ['11', 'Assenza retribuita (circ. 65/2016)'],
    ]),
  ],
);

/** With causale 5, CMU 1 and 2 concern the massimale art. 2 c. 18 L. 335/95 (msg INPS 3020/2016). */
export const COD_MOTIVO_UTILIZZO_CAUSALE_5 = table(
  'CodMotivoUtilizzo (causale 5)',
  'msg INPS 3020 del 11/7/2016',
  [
    { code: '1', label: 'Errata applicazione del massimale art. 2 c. 18 L. 335/95' },
    { code: '2', label: 'Errata mancata applicazione del massimale art. 2 c. 18 L. 335/95' },
  ],
);

export const CODICE_CESSAZIONE = table('CodiceCessazione', 'docs/uniemens.md §3.5', [
  ...list([
    ['1', 'Decesso'],
    ['2', 'Dimissioni / recesso'],
    ['3', 'Limiti di età'],
    ['4', 'Limiti di servizio'],
    ['5', 'Dispensa per inabilità alle mansioni'],
    ['6', 'Dispensa per invalidità (L. 335/95 art. 2 c. 12)'],
    ['9', 'Destituzione'],
  ]),
  { code: '12', label: 'Dimissioni', validTo: '2013-01-31', source: 'valido fino a 01/2013' },
  ...list([
    ['13', 'Passaggio ad altra amministrazione (mobilità)'],
    ['14', 'Licenziamento'],
    ['17', 'Inabilità assoluta e permanente'],
    ['18', 'Fine incarico'],
    ['25', 'Trasformazione in tempo parziale (D.M. 331/97)'],
    ['29', 'Risoluzione consensuale dirigenti'],
    ['30', 'Perdita della cittadinanza'],
    ['31', 'Prosecuzione oltre i limiti di età (L. 186/2004)'],
    ['32', 'Sospensione periodo lavorativo utile'],
    ['34', 'Collocamento a riposo oltre i limiti di età'],
    ['35', 'Trattamento di mobilità'],
    ['36', 'Aspettativa per mandato amministrativo (onere amministrazione)'],
    ['37', "Aspettativa per mandato amministrativo (onere dell'iscritto)"],
    ['38', 'Aspettativa DG/DA/DS ASL'],
    ['39', 'Mandato politico'],
    ['40', 'Aspettativa sindacale'],
    ['41', 'Cooperazione'],
    ['42', 'Sospensione cautelare'],
    ['43', 'CIG ordinaria'],
    ['44', 'CIG straordinaria'],
    ['45', 'CIG speciale'],
    ['46', 'Aspettativa DG amministrazioni pubbliche'],
    ['47', 'Esodo L. 92/2012'],
    ['48', 'Cambio TipoImpiego'],
  ]),
  // The message is of 2024; its exact date was not in the source, hence no validFrom.
  { code: '60', label: 'Cessazione APE sociale', source: 'msg INPS 3028/2024' },
]);

export const COD_GESTIONE = table('CodGestione', 'docs/uniemens.md §3.6', [
  ...list([
    ['1', 'CTPS – Cassa trattamenti pensionistici dipendenti statali'],
    ['2', 'CPDEL – Cassa pensioni dipendenti enti locali'],
    ['3', 'CPI – Cassa pensioni insegnanti'],
    ['4', 'CPUG – Cassa pensioni ufficiali giudiziari'],
    ['5', 'CPS – Cassa pensioni sanitari'],
    ['6', 'ex INADEL (TFS/TFR enti locali)'],
    ['7', 'ex ENPAS (TFS/TFR Stato)'],
    ['8', 'ENPDEP – Assicurazione sociale vita'],
    ['9', 'Gestione unitaria prestazioni creditizie e sociali (Fondo credito)'],
    ['11', 'ENAM'],
  ]),
]);

export const GESTIONI_PENSIONISTICHE: readonly string[] = ['1', '2', '3', '4', '5'];
export const GESTIONI_PREVIDENZIALI: readonly string[] = ['6', '7'];

export const REGIME_FINE_SERVIZIO = table('RegimeFineServizio', 'docs/uniemens.md §3.7', [
  ...list([
    ['1', 'TFR'],
    ['2', 'Optante (TFR misto)'],
    ['3', 'TFS'],
  ]),
]);

export const TIPO_PART_TIME = table('TipoPartTime', 'docs/uniemens.md §3.8', [
  ...list([
    ['P', 'Orizzontale'],
    ['V', 'Verticale'],
    ['M', 'Misto'],
  ]),
]);

export const ALIQUOTA_ENTE_VERSANTE = table('Aliquota (EnteVersante)', 'docs/uniemens.md §2.2', [
  ...list([
    ['1', 'Emolumenti assoggettati ad aliquota contributiva di competenza'],
    ['2', 'Emolumenti assoggettati ad aliquota contributiva di cassa'],
  ]),
]);

export const TIPO_CONTRIBUTO = table(
  'TipoContributo (EnteVersante)',
  'docs/uniemens.md §2.2 [3P-claim, incerto]',
  [
    ...list([
      ['1', 'CPDEL'],
      ['2', 'Cassa insegnanti'],
      ['3', 'Cassa sanitari'],
      ['5', 'Contributo aggiuntivo specifico'],
      ['6', 'Contributo aggiuntivo 1% / solidarietà'],
      ['7', 'TFS / INADEL'],
      ['8', 'TFR'],
      ['9', 'Fondo credito'],
    ]),
  ],
);

export const TIPO_PIANO = table('TipoPiano (F1)', 'docs/uniemens.md §2.3', [
  ...list([
    ['11', 'Riscatto ai fini pensionistici'],
    ['12', 'Ricongiunzione L. 29/79'],
    ['13', 'Riscatto TFS'],
    ['28', 'Riscatto TFR'],
    ['41', 'Ricongiunzione L. 45/90'],
  ]),
]);

export const TIPO_OPERAZIONE_F1 = table('TipoOperazione (F1)', 'docs/uniemens.md §2.3', [
  ...list([
    ['V', 'Versamento'],
    ['R', 'Rimborso'],
    ['S', 'Storno'],
  ]),
]);

/** The entry of `code` valid on `date` (ISO), or undefined. Without a date, validity is not checked. */
export function lookupCode(codeTable: CodeTable, code: string, date?: string): CodeEntry | undefined {
  const entry = codeTable.entries.find((candidate) => candidate.code === code);
  if (!entry || date === undefined) return entry;
  if (entry.validFrom && date < entry.validFrom) return undefined;
  if (entry.validTo && date > entry.validTo) return undefined;
  return entry;
}

export function labelOf(codeTable: CodeTable, code: string): string | undefined {
  return codeTable.entries.find((candidate) => candidate.code === code)?.label;
}

/**
 * "2 – CPDEL": a gestione by its code (what the XML and INPS's messages cite) and its sigla, short
 * enough for the rows of the totals, the rates and the review and for the names of their buttons;
 * the editor's list gives the full name. An unknown code is shown alone.
 */
export function gestioneLabel(code: string): string {
  const label = labelOf(COD_GESTIONE, code);
  return label === undefined ? code : `${code} – ${label.split(' – ')[0]}`;
}
