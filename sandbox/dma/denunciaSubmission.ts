/**
 * The INPS side of a ListaPosPA submission: the file is checked again with the same shared
 * congruity rules the app runs and with the shipped XSD (xmllint-wasm), and what was found
 * becomes the denuncia's esito and errori, as the DMA section shows them.
 */
import { memoryPages, validateXML } from 'xmllint-wasm';
import type { PosizioneContributiva } from '../../shared/domain/cassettoApi';
import { amountOfCents, centsOf, totalsByGestione } from '../../shared/domain/listapospa/contributions';
import { allD0, type Denuncia as ListaPosPA } from '../../shared/domain/listapospa/model';
import { RICOSTRUITO_XSD, RICOSTRUITO_XSD_FILE_NAME } from '../../shared/domain/listapospa/ricostruitoXsd';
import { contextOf, validateDenuncia, type Finding } from '../../shared/domain/listapospa/rules';
import { readDenuncia } from '../../shared/domain/listapospa/xmlReader';
import { XmlSyntaxError } from '../../shared/domain/listapospa/xmlTokenizer';
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

async function xsdFindings(xml: string): Promise<Finding[]> {
  const bytes = new TextEncoder().encode(xml);
  let messages: string[];
  try {
    const result = await validateXML({
      xml: [{ fileName: 'denuncia.xml', contents: bytes }],
      schema: [{ fileName: RICOSTRUITO_XSD_FILE_NAME, contents: RICOSTRUITO_XSD }],
      initialMemoryPages: Math.min(memoryPages.max, 64 * memoryPages.MiB),
      maxMemoryPages: memoryPages.max,
    });
    messages = result.valid
      ? []
      : result.errors
          .filter((error) => !/fails to validate$/.test(error.message))
          .map(
            (error) =>
              `${error.loc ? `riga ${error.loc.lineNumber}: ` : ''}` +
              error.message.replace(/^Schemas validity error : /, ''),
          );
  } catch (error) {
    // xmllint exits with an error status on malformed XML; the reader reports that case too.
    messages = [error instanceof Error ? error.message : String(error)];
  }
  return messages.map((message) => ({
    code: 'XSD',
    rule: 'xsd',
    severity: 'bloccante',
    path: '',
    message: `Il file non rispetta l’XSD: ${message.trim()}`,
  }));
}

function readAndCheck(xml: string, dataInvio: string): { denuncia: ListaPosPA; findings: Finding[] } {
  let read;
  try {
    read = readDenuncia(xml);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw new DenunciaIlleggibileError(`Il file non è una ListaPosPA leggibile. ${error.message}`);
  }
  const findings: Finding[] = read.issues.map((issue) => ({
    code: 'CE020',
    rule: 'lettura',
    severity: issue.severity === 'errore' ? 'bloccante' : 'avviso',
    path: issue.path,
    message: issue.message,
  }));
  findings.push(...validateDenuncia(read.denuncia, contextOf(read.denuncia, dataInvio)));
  return { denuncia: read.denuncia, findings };
}

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
  const xsdRun = xsdFindings(xml);
  const { denuncia, findings } = readAndCheck(xml, dataInvio);
  if (denuncia) {
    const { cfAzienda, listaPosPA } = denuncia.azienda;
    if (cfAzienda !== posizione.codiceFiscaleEnte || listaPosPA.prgAzienda !== posizione.progressivo) {
      await xsdRun;
      throw new PosizioneMismatchError(
        `La denuncia è dell’ente ${cfAzienda || '(CFAzienda mancante)'} progressivo ` +
          `${listaPosPA.prgAzienda || '(PRGAZIENDA mancante)'}, non della posizione ` +
          `${posizione.codiceFiscaleEnte} progressivo ${posizione.progressivo} a cui è stata inviata.`,
      );
    }
  }
  findings.push(...(await xsdRun));
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
