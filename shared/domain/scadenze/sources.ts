/**
 * The sources of each rule. The texts are our summaries unless quoted (marked «»); the links go
 * to Normattiva (laws) or to the INPS archive of circolari e messaggi, where the act is found by
 * its number. See docs/scadenzario.md.
 */
import type { Fonte } from './scadenza';

const INPS_ARCHIVE = 'https://www.inps.it/it/it/inps-comunica/atti/circolari-messaggi-e-normativa.html';

export const FONTE_LISTAPOSPA: Fonte = {
  riferimento: 'Art. 44, comma 9, DL 269/2003 (conv. L. 326/2003)',
  testo:
    'La denuncia mensile delle retribuzioni e dei contributi (per le amministrazioni pubbliche il flusso UniEmens ListaPosPA) si trasmette entro l’ultimo giorno del mese successivo a quello di competenza.',
  url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legge:2003-09-30;269~art44',
};

export const FONTE_F24EP: Fonte = {
  riferimento: 'Art. 18, comma 1, D.Lgs. 241/1997; Ris. Agenzia delle Entrate 98/E/2010 (F24 EP)',
  testo:
    'I contributi sulle retribuzioni di un mese si versano con il modello F24 Enti pubblici entro il giorno 16 del mese successivo.',
  url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1997-07-09;241~art18',
};

/** The shift of adempimenti and payments that fall on a Saturday or a holiday. */
export const FONTE_SPOSTAMENTO: Fonte = {
  riferimento: 'Art. 7, comma 1, lett. h), DL 70/2011 (conv. L. 106/2011)',
  testo:
    'Gli adempimenti fiscali e i versamenti di imposte e contributi che scadono di sabato o in un giorno festivo sono rinviati al primo giorno lavorativo successivo (la domenica è festiva).',
  url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legge:2011-05-13;70~art7',
};

export const FONTE_CONTESTAZIONE: Fonte = {
  riferimento: 'Messaggio INPS 1779/2019',
  testo:
    'Una nota di debito per regolarizzazione contributiva si paga o si contesta, solo online, entro 90 giorni dalla notifica; il Cassetto non mostra la data di notifica, per cui si conta dalla data di emissione.',
  url: INPS_ARCHIVE,
};

export const FONTE_DELEGA: Fonte = {
  riferimento: 'Circolare INPS 34/2023, § 2',
  testo:
    'La delega vale per la durata indicata nella richiesta (12, 24 o 36 mesi dalla decorrenza); l’intermediario la custodisce «per tutto il periodo di durata della stessa, nonché nei cinque anni successivi».',
  url: INPS_ARCHIVE,
};

export const FONTE_AGENDA: Fonte = {
  riferimento: 'Circolare INPS 34/2023, § 3.1',
  testo:
    '«L’appuntamento è prenotabile in caso di risposta non pervenuta nei tempi soglia individuati dall’Istituto o di risposta con esito “non accolta”.» La soglia è in giorni lavorativi (dal lunedì al venerdì) dall’apertura del quesito.',
  url: INPS_ARCHIVE,
};

export const FONTE_RATA: Fonte = {
  riferimento: 'Piano di ammortamento (Cassetto previdenziale, circ. INPS 34/2023, § 3)',
  testo:
    'Ogni rata del piano (riscatto o ricongiunzione) scade alla data indicata dall’INPS nel piano; è un versamento di contributi, per cui vale il rinvio al primo giorno lavorativo.',
  url: INPS_ARCHIVE,
};
