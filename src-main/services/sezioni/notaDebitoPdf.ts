/**
 * One nota di debito as a PDF (what an operator files or hands to the accounts office): its data,
 * the workers it names with their amounts, and the total. Made from the list INPS answers for the
 * posizione, never from what the renderer holds, so the paper says what INPS recorded.
 */
import { ContractError, type ExportedFile } from '../../../shared/contract';
import type { NotaDiDebito, SezioneColumn } from '../../../shared/domain/sezioni';
import { formatData, formatImporto, formatMese } from '../../../shared/text/formatIt';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import { renderPdf } from '../export/pdfTables';

const LAVORATORI_COLUMNS: readonly SezioneColumn[] = [
  { key: 'codiceFiscale', label: 'Codice fiscale lavoratore', kind: 'text', width: 1.6 },
  { key: 'dettaglio', label: 'Dettaglio', kind: 'text', width: 3 },
  { key: 'contestazioni', label: 'Contestazioni', kind: 'number' },
  { key: 'importo', label: 'Importo', kind: 'amount', total: true },
];

export async function notaDebitoPdf(
  gateway: CassettoGateway,
  posizioneId: string,
  notaId: string,
  now = new Date(),
): Promise<ExportedFile> {
  const note = await gateway.call(endpoints.noteDebito, { posizioneId });
  const nota = note.find((candidate) => candidate.id === notaId);
  if (!nota) throw new ContractError('NOT_FOUND', `Nessuna nota di debito ${notaId} per questa posizione.`);
  const pdf = await renderPdf({
    title: `Nota di debito ${nota.numero}`,
    subtitle: `Posizione contributiva ${posizioneId} – Gestione Dipendenti Pubblici`,
    generatedAt: now,
    parts: [
      { heading: 'Dati della nota', pairs: pairsOf(nota) },
      {
        heading: 'Lavoratori',
        notes: [`${nota.lavoratori.length} ${nota.lavoratori.length === 1 ? 'lavoratore' : 'lavoratori'}`],
        columns: LAVORATORI_COLUMNS,
        rows: nota.lavoratori,
        totals: { importo: nota.importo },
      },
    ],
  });
  return {
    fileName: `nota-di-debito-${nota.numero.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf`,
    mimeType: 'application/pdf',
    base64: Buffer.from(pdf).toString('base64'),
    rows: nota.lavoratori.length,
  };
}

function pairsOf(nota: NotaDiDebito): Array<[string, string]> {
  return [
    ['Numero', nota.numero],
    ['Tipo', nota.tipo],
    ['Data di emissione', formatData(nota.dataEmissione)],
    ['Scadenza', formatData(nota.scadenza)],
    ['Periodo', formatMese(nota.periodo)],
    ['Gestione', nota.gestione],
    ['Importo', `${formatImporto(nota.importo)} €`],
    ['Stato', nota.stato],
  ];
}
