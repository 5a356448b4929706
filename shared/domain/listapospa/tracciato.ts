import { z } from 'zod';
import {
  ALIQUOTA_ENTE_VERSANTE,
  COD_GESTIONE,
  CODICE_CESSAZIONE,
  REGIME_FINE_SERVIZIO,
  TIPO_CONTRIBUTO,
  TIPO_IMPIEGO,
  TIPO_OPERAZIONE_F1,
  TIPO_PART_TIME,
  TIPO_PIANO,
  TIPO_SERVIZIO,
} from './codeTables';
import {
  amountLeaf,
  annoMese,
  attr,
  child,
  element,
  enumeration,
  implied,
  keeps,
  leaf,
  lengths,
  many,
  optional,
  pattern,
  schemaOf,
  text,
  typedLeaf,
  enumLeaf,
  type SimpleType,
} from './tracciatoKit';

/**
 * The ListaPosPA tracciato described once: for each element its XML name, type and facets,
 * code table, Italian label, whether it is required, and its place (the order of the fields).
 * From it come the zod schemas of the contract (and, through z.infer, the check that model.ts
 * says the same), the reconstructed XSD (xsdGenerator.ts), and the editor's lists of fields.
 *
 * Names, order and nesting as reconstructed in docs/uniemens.md §2 (third-party
 * readers and generators of real files, INPS messages): the official XSD was not available.
 * How to add a field: docs/listapospa.md, "Il tracciato descritto una volta".
 */

// Named simple types of the XSD.
export const IMPORTO: SimpleType = {
  name: 'Importo',
  base: 'xs:string',
  pattern: '-?[0-9]{1,13},[0-9]{2}',
  doc: 'Comma decimals, two digits (docs/uniemens.md §2.4, [UNCERTAIN] officially).',
};
const ANNO_MESE: SimpleType = { name: 'AnnoMese', base: 'xs:string', pattern: '[0-9]{4}-(0[1-9]|1[0-2])' };
const CODICE: SimpleType = { name: 'Codice', base: 'xs:string', pattern: '[0-9]{1,3}' };
const INTERO: SimpleType = { name: 'Intero', base: 'xs:string', pattern: '[0-9]{1,6}' };
const CF_PERSONA: SimpleType = { name: 'CFPersona', base: 'xs:string', pattern: '[A-Z0-9]{16}' };
const CF_ENTE_O_PERSONA: SimpleType = {
  name: 'CFEnteOPersona',
  base: 'xs:string',
  pattern: '[0-9]{11}|[A-Z0-9]{16}',
};
const PROGRESSIVO: SimpleType = {
  name: 'Progressivo',
  base: 'xs:string',
  pattern: '[0-9]{5}',
  doc: 'Five digits (INPS msg 3809/2018).',
};
const TESTO: SimpleType = { name: 'Testo', base: 'xs:string', minLength: 1, maxLength: 100 };
const COD_GESTIONE_PENSIONISTICA: SimpleType = {
  name: 'CodGestionePensionistica',
  base: 'xs:string',
  enumeration: ['1', '2', '3', '4', '5'],
};
const COD_GESTIONE_PREVIDENZIALE: SimpleType = {
  name: 'CodGestionePrevidenziale',
  base: 'xs:string',
  enumeration: ['6', '7'],
};
/** Declared at the top of the XSD, in this order. */
export const NAMED_SIMPLE_TYPES: readonly SimpleType[] = [
  IMPORTO,
  ANNO_MESE,
  CODICE,
  INTERO,
  CF_PERSONA,
  CF_ENTE_O_PERSONA,
  PROGRESSIVO,
  TESTO,
  COD_GESTIONE_PENSIONISTICA,
  COD_GESTIONE_PREVIDENZIALE,
];
const STRING: SimpleType = { base: 'xs:string' };
const DATE: SimpleType = { base: 'xs:date' };

export const DATI_MITTENTE = element(
  'Dati mittente',
  {
    tipo: attr('Tipo', enumeration('1', '2'), z.enum(['1', '2'])),
    cfPersonaMittente: leaf('CFPersonaMittente', CF_ENTE_O_PERSONA, 'Codice fiscale persona mittente'),
    ragSocMittente: leaf('RagSocMittente', TESTO, 'Ragione sociale mittente'),
    cfMittente: leaf('CFMittente', CF_ENTE_O_PERSONA, 'Codice fiscale mittente'),
    cfSoftwarehouse: optional(leaf('CFSoftwarehouse', CF_ENTE_O_PERSONA, 'Codice fiscale software house')),
    sedeINPS: optional(leaf('SedeINPS', STRING, 'Sede INPS')),
  },
  'DatiMittente',
);

export const PART_TIME_PA = element('Part-time', {
  tipoPartTime: enumLeaf('TipoPartTime', ['P', 'V', 'M'], 'Tipo part-time', {
    codeTable: TIPO_PART_TIME,
  }),
  percPartTime: leaf('PercPartTime', INTERO, 'Percentuale part-time'),
});

export const INQUADRAMENTO = element(
  'Inquadramento',
  {
    tipoImpiego: leaf('TipoImpiego', CODICE, 'Tipo impiego', { codeTable: TIPO_IMPIEGO }),
    tipoServizio: leaf('TipoServizio', CODICE, 'Tipo servizio', { codeTable: TIPO_SERVIZIO }),
    percRetribuzione: optional(leaf('PercRetribuzione', INTERO, 'Percentuale retribuzione')),
    contratto: optional(leaf('Contratto', STRING, 'Contratto')),
    qualifica: optional(leaf('Qualifica', pattern('[0-9A-Z]{6}'), 'Qualifica')),
    partTimePA: optional(child('PartTimePA', PART_TIME_PA)),
    regimeFineServizio: optional(
      leaf('RegimeFineServizio', enumeration('1', '2', '3'), 'Regime fine servizio', {
        codeTable: REGIME_FINE_SERVIZIO,
      }),
    ),
  },
  'InquadramentoLavPA',
);

export const RECUPERO_SGRAVI = element('Recupero sgravi', {
  annoRif: leaf('AnnoRif', pattern('[0-9]{4}'), 'Anno di riferimento'),
  /** Unpadded in the one real fragment seen ("4"): kept as written. */
  meseRif: leaf('MeseRif', pattern('0?[1-9]|1[0-2]'), 'Mese di riferimento'),
  codiceRecupero: leaf('CodiceRecupero', CODICE, 'Codice recupero'),
  altroImponibile: optional(amountLeaf('AltroImponibile', IMPORTO, 'Altro imponibile')),
  importo: amountLeaf('Importo', IMPORTO, 'Importo'),
});

export const GEST_PENSIONISTICA = element('Gestione pensionistica', {
  codGestione: leaf('CodGestione', COD_GESTIONE_PENSIONISTICA, 'Codice gestione', {
    codeTable: COD_GESTIONE,
  }),
  imponibile: amountLeaf('Imponibile', IMPORTO, 'Imponibile'),
  contributo: amountLeaf('Contributo', IMPORTO, 'Contributo'),
  imponibileEccMass: optional(amountLeaf('ImponibileEccMass', IMPORTO, 'Imponibile eccedente il massimale')),
  contrib1PerCento: optional(amountLeaf('Contrib1PerCento', IMPORTO, 'Contributo aggiuntivo 1%')),
  giorniUtiliFiniPensionistici: optional(
    leaf('GiorniUtiliFiniPensionistici', INTERO, 'Giorni utili a fini pensionistici'),
  ),
  retribVirtualeFiniPens: optional(
    amountLeaf('RetribVirtualeFiniPens', IMPORTO, 'Retribuzione virtuale a fini pensionistici', {
      comment:
        'RetribVirtualeFiniPens, QuotaDatoreL166_91, ContributoL166_91, RecuperoSgravi: names,\n' +
        'order and nesting from the reader of real files (UniEmensExplorer, u2clsuniemens.pas);\n' +
        'the RecuperoSgravi fragment quoted there has an unpadded MeseRif ("4").',
    }),
  ),
  stipendioTabellare: optional(amountLeaf('StipendioTabellare', IMPORTO, 'Stipendio tabellare')),
  retribIndivAnzianita: optional(
    amountLeaf('RetribIndivAnzianita', IMPORTO, 'Retribuzione individuale di anzianità'),
  ),
  quotaDatoreL166_91: optional(amountLeaf('QuotaDatoreL166_91', IMPORTO, 'Quota datore L. 166/91')),
  contributoL166_91: optional(amountLeaf('ContributoL166_91', IMPORTO, 'Contributo L. 166/91')),
  recuperoSgravi: optional(many('RecuperoSgravi', RECUPERO_SGRAVI, { max: 100 })),
});

export const GEST_PREVIDENZIALE = element('Gestione previdenziale', {
  codGestione: leaf('CodGestione', COD_GESTIONE_PREVIDENZIALE, 'Codice gestione', {
    codeTable: COD_GESTIONE,
  }),
  /** TFS writes ImponibileTFS/ContributoTFS, TFR writes ImponibileTFR/ContributoTFR. */
  tipo: implied(z.enum(['TFS', 'TFR'])),
  imponibile: amountLeaf('Imponibile', IMPORTO, 'Imponibile', { suffixedBy: ['TFS', 'TFR'] }),
  contributo: amountLeaf('Contributo', IMPORTO, 'Contributo', { suffixedBy: ['TFS', 'TFR'] }),
  imponibileTFRUlterioriElem: optional(
    amountLeaf('ImponibileTFRUlterioriElem', IMPORTO, 'Imponibile TFR ulteriori elementi'),
  ),
  contributoTFRUlterioriElem: optional(
    amountLeaf('ContributoTFRUlterioriElem', IMPORTO, 'Contributo TFR ulteriori elementi'),
  ),
});

export const GEST_CREDITO = element('Gestione credito', {
  codGestione: leaf('CodGestione', STRING, 'Codice gestione', { fixed: '9', codeTable: COD_GESTIONE }),
  aderenteCredito45_2007: optional(leaf('AderenteCredito45_2007', STRING, 'Aderente credito (DM 45/2007)')),
  imponibile: amountLeaf('Imponibile', IMPORTO, 'Imponibile'),
  contributo: amountLeaf('Contributo', IMPORTO, 'Contributo'),
});

/** ENPDEP (CodGestione 8) and ENAM (11): imponibile and contributo only. */
const gestSemplice = (label: string, code: string) =>
  element(label, {
    codGestione: leaf('CodGestione', STRING, 'Codice gestione', { fixed: code, codeTable: COD_GESTIONE }),
    imponibile: amountLeaf('Imponibile', IMPORTO, 'Imponibile'),
    contributo: amountLeaf('Contributo', IMPORTO, 'Contributo'),
  });
export const ENPDEP = gestSemplice('ENPDEP', '8');
export const ENAM = gestSemplice('ENAM', '11');

export const GESTIONI = element(
  'Gestioni',
  {
    pensionistica: optional(child('GestPensionistica', GEST_PENSIONISTICA)),
    previdenziale: optional(child('GestPrevidenziale', GEST_PREVIDENZIALE)),
    credito: optional(child('GestCredito', GEST_CREDITO)),
    enpdep: optional(child('ENPDEP', ENPDEP)),
    enam: optional(child('ENAM', ENAM)),
  },
  'Gestioni',
);

/** The tail E0 and V1 share (xs:group CodaPeriodo). */
const codaPeriodo = {
  codiceCessazione: optional(
    leaf('CodiceCessazione', CODICE, 'Codice cessazione', {
      group: 'CodaPeriodo',
      codeTable: CODICE_CESSAZIONE,
    }),
  ),
  numeroMensilita: optional(leaf('NumeroMensilita', INTERO, 'Numero mensilità', { group: 'CodaPeriodo' })),
  retribTeoricaTabellareTFR: optional(
    amountLeaf('RetribTeoricaTabellareTFR', IMPORTO, 'Retribuzione teorica tabellare TFR', {
      group: 'CodaPeriodo',
    }),
  ),
  retribValutabileTFR: optional(
    amountLeaf('RetribValutabileTFR', IMPORTO, 'Retribuzione valutabile TFR', { group: 'CodaPeriodo' }),
  ),
};

export const E0 = element(
  'Quadro E0',
  {
    giornoInizio: leaf('GiornoInizio', DATE, 'Giorno di inizio'),
    giornoFine: leaf('GiornoFine', DATE, 'Giorno di fine'),
    inquadramento: child('InquadramentoLavPA', INQUADRAMENTO),
    gestioni: child('Gestioni', GESTIONI),
    ...codaPeriodo,
  },
  'E0',
);

export const DESCR_MOTIVO_UTILIZZO = element('Motivo utilizzo', {
  dataAtto: leaf('DataAtto', DATE, 'Data atto'),
  identAtto: optional(leaf('IdentAtto', TESTO, 'Identificativo atto')),
  numeroRegistro: optional(leaf('NumeroRegistro', TESTO, 'Numero registro')),
});

export const ENTE_VERSANTE = element(
  'Ente versante',
  {
    tipoContributo: leaf('TipoContributo', CODICE, 'Tipo contributo', { codeTable: TIPO_CONTRIBUTO }),
    cfAzienda: leaf('CFAzienda', CF_ENTE_O_PERSONA, 'Codice fiscale ente'),
    prgAzienda: leaf('PRGAZIENDA', PROGRESSIVO, 'Progressivo azienda'),
    imponibile: amountLeaf('Imponibile', IMPORTO, 'Imponibile'),
    contributo: amountLeaf('Contributo', IMPORTO, 'Contributo'),
    annoMeseErogazione: leaf('AnnoMeseErogazione', ANNO_MESE, 'Anno e mese di erogazione'),
    aliquota: enumLeaf('Aliquota', ['1', '2'], 'Aliquota', {
      codeTable: ALIQUOTA_ENTE_VERSANTE,
    }),
  },
  'EnteVersante',
);

export const V1 = element(
  'Quadro V1',
  {
    causaleVariazione: attr('CausaleVariazione', enumeration('1', '2', '5', '6', '7'), text, {
      doc: '1, 2 (refused from 15/06/2019, msg 914/2019: checked by rule CE003), 5, 6, 7.',
    }),
    codMotivoUtilizzo: optional(attr('CodMotivoUtilizzo', CODICE, text)),
    giornoInizio: leaf('GiornoInizio', DATE, 'Giorno di inizio'),
    giornoFine: leaf('GiornoFine', DATE, 'Giorno di fine'),
    inquadramento: optional(child('InquadramentoLavPA', INQUADRAMENTO)),
    gestioni: optional(child('Gestioni', GESTIONI)),
    ...codaPeriodo,
    descrMotivoUtilizzo: optional(child('DescrMotivoUtilizzo', DESCR_MOTIVO_UTILIZZO)),
    enteVersante: many('EnteVersante', ENTE_VERSANTE),
  },
  'V1',
);

const E1_WRAPPER = { wrapper: 'DatiPosContribIscritto' } as const;
/** Complementary pension fund: the model flattens DatiPosContribIscritto into E1. */
export const E1 = element(
  'Quadro E1',
  {
    /** What its DatiPosContribIscritto had unknown (`unknown` holds those of E1 itself). */
    datiPosContribIscritto: optional(implied(z.object(keeps))),
    codFondo: leaf('CodFondo', CODICE, 'Codice fondo', E1_WRAPPER),
    dataInizioPeriodo: leaf('DataInizioPeriodo', DATE, 'Data di inizio periodo', E1_WRAPPER),
    dataFinePeriodo: leaf('DataFinePeriodo', DATE, 'Data di fine periodo', E1_WRAPPER),
    retribSoggettaAContrib: amountLeaf(
      'RetribSoggettaAContrib',
      IMPORTO,
      'Retribuzione soggetta a contribuzione',
      E1_WRAPPER,
    ),
    contribLav: amountLeaf('ContribLav', IMPORTO, 'Contributo a carico del lavoratore', E1_WRAPPER),
    contribDL: amountLeaf('ContribDL', IMPORTO, 'Contributo a carico del datore di lavoro', E1_WRAPPER),
  },
  'E1',
);

export const F1 = element(
  'Quadro F1',
  {
    annoMeseRif: leaf('AnnoMeseRif', ANNO_MESE, 'Anno e mese di riferimento'),
    codGestione: leaf('CodGestione', CODICE, 'Codice gestione', { codeTable: COD_GESTIONE }),
    tipoPiano: leaf('TipoPiano', CODICE, 'Tipo piano', { codeTable: TIPO_PIANO }),
    prgRata: leaf('PrgRata', INTERO, 'Progressivo rata'),
    totaleRate: leaf('TotaleRate', INTERO, 'Totale rate'),
    importo: amountLeaf('Importo', IMPORTO, 'Importo'),
    tipoOperazione: enumLeaf('TipoOperazione', ['V', 'R', 'S'], 'Tipo operazione', {
      codeTable: TIPO_OPERAZIONE_F1,
    }),
  },
  'F1',
);

export const DATI_SEDE_LAVORO = element('Sede di lavoro', {
  codiceComune: leaf('CodiceComune', pattern('[A-Z][0-9]{3}'), 'Codice comune'),
  cap: leaf('CAP', pattern('[0-9]{5}'), 'CAP'),
});

export const D0 = element(
  'Quadro D0',
  {
    cfLavoratore: leaf('CFLavoratore', CF_PERSONA, 'Codice fiscale lavoratore'),
    cognome: leaf('Cognome', lengths(1, 40), 'Cognome'),
    nome: leaf('Nome', lengths(1, 30), 'Nome'),
    datiSedeLavoro: optional(child('DatiSedeLavoro', DATI_SEDE_LAVORO)),
    e0: many('E0_PeriodoNelMese', E0, {
      comment: 'All E0 precede all V1 ("vincolo XSD sequenza", docs/uniemens.md §2 [3P-claim]).',
    }),
    e1: many('E1_FondoPensioneCompl', E1),
    f1: many('F1_Ammortamento', F1),
    v1: many('V1_PeriodoPrecedente', V1),
  },
  'D0',
);

export const POS_PA = element(
  'Posizione PA',
  { d0: many('D0_DenunciaIndividuale', D0, { max: 200_000, atLeastOne: true }) },
  'PosPA',
);

export const LISTA_POS_PA = element(
  'Lista PosPA',
  {
    /** "variazione" writes @TipoListaPosPA="1"; "ordinario" omits the attribute. */
    tipo: attr('TipoListaPosPA', enumeration('1'), z.enum(['ordinario', 'variazione']), {
      doc: '"1" = flusso a Variazione (msg 2791/2017); absent = Ordinario.',
      toXml: (tipo) => (tipo === 'variazione' ? '1' : undefined),
    }),
    prgAzienda: leaf('PRGAZIENDA', PROGRESSIVO, 'Progressivo azienda'),
    cfRappresentanteFirmatario: leaf(
      'CFRappresentanteFirmatario',
      CF_PERSONA,
      'Codice fiscale rappresentante firmatario',
    ),
    istat: optional(leaf('ISTAT', STRING, 'Codice ISTAT')),
    formaGiuridica: optional(leaf('FormaGiuridica', STRING, 'Forma giuridica')),
    posPA: many('PosPA', POS_PA, {
      max: 100,
      atLeastOne: true,
      comment:
        'INPS wants one PosPA (error 00124I); the schema admits more so that the rule, not the\nparser, explains the error.',
    }),
  },
  'ListaPosPA',
);
/** The attribute is absent for an ordinario: optional in the XSD, required in the model. */
export const OPTIONAL_IN_XSD: ReadonlySet<string> = new Set(['TipoListaPosPA']);

export const AZIENDA = element(
  'Azienda',
  {
    annoMeseDenuncia: typedLeaf('AnnoMeseDenuncia', ANNO_MESE, 'Anno e mese della denuncia', annoMese),
    cfAzienda: leaf('CFAzienda', CF_ENTE_O_PERSONA, 'Codice fiscale ente'),
    ragSocAzienda: leaf('RagSocAzienda', TESTO, 'Ragione sociale ente'),
    listaPosPA: child('ListaPosPA', LISTA_POS_PA),
  },
  'Azienda',
);

/** The root, DenunceMensili. */
export const DENUNCIA = element('Denuncia', {
  datiMittente: child('DatiMittente', DATI_MITTENTE),
  azienda: child('Azienda', AZIENDA),
});
export const ROOT_ELEMENT = 'DenunceMensili';

export const DenunciaFormatSchema = schemaOf(DENUNCIA);
