/**
 * The receipt of something sent to INPS (a tracciato, a ListaPosPA) as a one-page PDF, through
 * the same pdf-lib renderer as the sections' exports: what the operator files as proof of sending.
 */
import type { ExportedFile } from '../../../shared/contract';
import { formatData } from '../../../shared/text/formatIt';
import { renderPdf } from './pdfTables';

export interface ReceiptSpec {
  /** "Ricevuta di invio tracciato", "Ricevuta di invio ListaPosPA". */
  title: string;
  posizioneId: string;
  protocollo: string;
  /** ISO date or timestamp of receipt by INPS. */
  data: string;
  nomeFile: string;
  sha256: string;
  /** Esito and anything else worth filing (mese, lavoratori…). */
  extra: ReadonlyArray<[string, string]>;
}

const dataIt = (iso: string) =>
  iso.length > 10 ? `${formatData(iso)} ${iso.slice(11, 19)} UTC` : formatData(iso);

export async function receiptPdf(spec: ReceiptSpec, now = new Date()): Promise<ExportedFile> {
  const pdf = await renderPdf({
    title: spec.title,
    subtitle: `Posizione contributiva ${spec.posizioneId} – Gestione Dipendenti Pubblici`,
    generatedAt: now,
    parts: [
      {
        heading: spec.title,
        pairs: [
          ['Protocollo', spec.protocollo],
          ['Data di ricezione', dataIt(spec.data)],
          ['File inviato', spec.nomeFile],
          ['Impronta SHA-256 del file', spec.sha256],
          ...spec.extra,
        ],
      },
    ],
  });
  return {
    fileName: `ricevuta-${spec.protocollo.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf`,
    mimeType: 'application/pdf',
    base64: Buffer.from(pdf).toString('base64'),
    rows: 1,
  };
}
