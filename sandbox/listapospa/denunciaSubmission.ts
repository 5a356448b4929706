/**
 * The INPS side of a ListaPosPA submission: the file is checked again by the app's own validation
 * path (shared/domain/listapospa/validation.ts: read, rules, the reconstructed XSD, elements kept
 * without being known treated alike), and what was found becomes the denuncia's esito and
 * errori, as the DMA section shows them.
 */
import { ParseOption, XmlDocument, XmlValidateError, XsdValidator } from 'libxml2-wasm';
import type { PosizioneContributiva } from '../../shared/domain/cassettoApi';
import { amountOfCents, centsOf, totalsByGestione } from '../../shared/domain/listapospa/contributions';
import { allD0, type Denuncia as ListaPosPA } from '../../shared/domain/listapospa/model';
import { RICOSTRUITO_XSD } from '../../shared/domain/listapospa/ricostruitoXsd';
import type { Finding } from '../../shared/domain/listapospa/rules';
import { validateXmlString, type XsdPass } from '../../shared/domain/listapospa/validation';
import type { Denuncia, ErroreDenuncia } from '../../shared/domain/sezioni';

/** The file belongs to another posizione: refused, not recorded (the caller answers 400). */
export class PosizioneMismatchError extends Error {}

/**
 * The file cannot be read as XML (bad reference, control character, bare "&"…): refused with the
 * reader's Italian message and position, not recorded (the caller answers 400, never 500).
 */
export class DenunciaIlleggibileError extends Error {}

/** The quadro a finding concerns, from its model path (the innermost D0/E0/E1/F1/V1). */
export function quadroOf(path: string): string {
  const quadri = [...path.matchAll(/\b(d0|e0|e1|f1|v1)\[\d+\]/g)];
  const last = quadri[quadri.length - 1];
  if (last?.[1]) return last[1].toUpperCase();
  if (path.startsWith('datiMittente')) return 'DatiMittente';
  if (path.startsWith('azienda')) return 'Azienda';
  return 'Documento';
}

function erroreOf(finding: Finding): ErroreDenuncia {
  return {
    codice: finding.code,
    messaggio: finding.message,
    codiceFiscaleLavoratore: finding.cfLavoratore ?? '',
    quadro: quadroOf(finding.path),
  };
}

/** The reconstructed XSD compiled once, on the first submission; it lives as long as the sandbox. */
let compiled: XsdValidator | undefined;

/** INPS's check of the schema here: the reconstructed XSD, by libxml2 (libxml2-wasm) in-process. */
const xsdRicostruito: XsdPass = {
  label: 'XSD ricostruito',
  reconstructed: true,
  run(bytes) {
    compiled ??= XsdValidator.fromDoc(XmlDocument.fromString(RICOSTRUITO_XSD));
    let doc: XmlDocument;
    try {
      doc = XmlDocument.fromBuffer(bytes, { option: ParseOption.XML_PARSE_BIG_LINES });
    } catch {
      // Malformed XML: the reader says what and where.
      return Promise.resolve([]);
    }
    try {
      compiled.validate(doc);
      return Promise.resolve([]);
    } catch (error) {
      if (!(error instanceof XmlValidateError)) throw error;
      return Promise.resolve(
        error.details.map((detail) => ({
          line: detail.line > 0 ? detail.line : null,
          message: detail.message.trim().slice(0, 300),
          ...(detail.xpath ? { xpath: detail.xpath.slice(0, 300) } : {}),
        })),
      );
    } finally {
      doc.dispose();
    }
  },
};

function totaleContributi(denuncia: ListaPosPA | undefined): string {
  if (!denuncia) return '0.00';
  const periodi = allD0(denuncia).flatMap((d0) => [...d0.e0, ...d0.v1]);
  return amountOfCents(totalsByGestione(periodi).reduce((sum, t) => sum + centsOf(t.contributo), 0));
}

export interface SubmissionInput {
  posizione: PosizioneContributiva;
  xml: string;
  /** ISO day of receipt. */
  dataInvio: string;
  id: string;
}

/** Checks a submitted ListaPosPA and gives the denuncia to record (not yet stored). */
export async function assessSubmission({
  posizione,
  xml,
  dataInvio,
  id,
}: SubmissionInput): Promise<Denuncia> {
  // The same path as the app's validation (read, rules, XSD), with the rates of the tables.
  const report = await validateXmlString(xml, { xsd: xsdRicostruito, dataInvio });
  const illeggibile = report.findings.find((finding) => finding.rule === 'xmlBenFormato');
  if (illeggibile) {
    throw new DenunciaIlleggibileError(`Il file non è una ListaPosPA leggibile. ${illeggibile.message}`);
  }
  const { denuncia, findings } = report;
  if (denuncia) {
    const { cfAzienda, listaPosPA } = denuncia.azienda;
    if (cfAzienda !== posizione.codiceFiscaleEnte || listaPosPA.prgAzienda !== posizione.progressivo) {
      throw new PosizioneMismatchError(
        `La denuncia è dell’ente ${cfAzienda || '(CFAzienda mancante)'} progressivo ` +
          `${listaPosPA.prgAzienda || '(PRGAZIENDA mancante)'}, non della posizione ` +
          `${posizione.codiceFiscaleEnte} progressivo ${posizione.progressivo} a cui è stata inviata.`,
      );
    }
  }
  const blocking = findings.some((finding) => finding.severity === 'bloccante');
  const esito: Denuncia['esito'] = blocking
    ? 'scartata'
    : findings.length > 0
      ? 'acquisita con errori'
      : 'acquisita';
  const mese = denuncia?.azienda.annoMeseDenuncia;
  return {
    id,
    mese: mese && /^\d{4}-\d{2}$/.test(mese) ? mese : dataInvio.slice(0, 7),
    tipo: denuncia?.azienda.listaPosPA.tipo ?? 'ordinario',
    dataInvio,
    esito,
    numeroD0: denuncia ? allD0(denuncia).length : 0,
    totaleContributi: totaleContributi(denuncia),
    errori: findings.map(erroreOf),
  };
}
