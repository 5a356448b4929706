/**
 * Paginated tables on A4 with pdf-lib: the header row repeated on every page, page numbers
 * ("Pagina n di m"), the generation date in the footer. Titillium Web (shipped with
 * bootstrap-italia) is embedded so accents print. Used for a section's view and the fascicolo.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { cellValue, formatCell, type SezioneColumn } from '../../../shared/domain/sezioni';
import { rowsInTurns } from './rowsInTurns';

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 36;
const ROW_HEIGHT = 13;
const FONT_SIZE = 7.5;

let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;
function loadFonts() {
  fontBytes ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('bootstrap-italia/package.json')), 'dist/fonts/Titillium_Web');
    const [regular, bold] = await Promise.all([
      readFile(join(dir, 'titillium-web-v10-latin-ext_latin-regular.ttf')),
      readFile(join(dir, 'titillium-web-v10-latin-ext_latin-700.ttf')),
    ]);
    return { regular, bold };
  })();
  return fontBytes;
}

export interface TableSection {
  heading: string;
  /** Lines under the heading (filters, counts). */
  notes?: string[];
  columns: readonly SezioneColumn[];
  rows: readonly Readonly<Record<string, unknown>>[];
  totals?: Readonly<Record<string, string>>;
}

export interface KeyValueSection {
  heading: string;
  pairs: ReadonlyArray<[string, string]>;
}

export interface PdfDocumentSpec {
  title: string;
  subtitle: string;
  generatedAt: Date;
  parts: ReadonlyArray<TableSection | KeyValueSection>;
}

function fit(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (font.widthOfTextAtSize(`${text.slice(0, mid)}…`, size) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low)}…`;
}

/** `signal`: cancels the rendering between rows (AbortError). */
export async function renderPdf(spec: PdfDocumentSpec, signal?: AbortSignal): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const bytes = await loadFonts();
  const regular = await pdf.embedFont(bytes.regular, { subset: true });
  const bold = await pdf.embedFont(bytes.bold, { subset: true });
  pdf.setTitle(spec.title);
  pdf.setCreator('Cassetto Enti');
  pdf.setCreationDate(spec.generatedAt);

  const [width, height] = A4_LANDSCAPE;
  const usable = width - 2 * MARGIN;
  let page: PDFPage = pdf.addPage(A4_LANDSCAPE);
  let y = height - MARGIN;

  const newPage = () => {
    page = pdf.addPage(A4_LANDSCAPE);
    y = height - MARGIN;
  };
  const text = (value: string, x: number, size: number, font: PDFFont, color = rgb(0.1, 0.1, 0.1)) =>
    page.drawText(value, { x, y, size, font, color });

  text(spec.title, MARGIN, 16, bold, rgb(0, 0.4, 0.8));
  y -= 18;
  text(spec.subtitle, MARGIN, 10, regular);
  y -= 20;

  for (const part of spec.parts) {
    if (y < MARGIN + 80) newPage();
    text(part.heading, MARGIN, 12, bold, rgb(0, 0.4, 0.8));
    y -= 16;
    if ('pairs' in part) {
      for (const [key, value] of part.pairs) {
        if (y < MARGIN + 20) newPage();
        text(key, MARGIN, 9, bold);
        text(fit(regular, value, 9, usable - 180), MARGIN + 180, 9, regular);
        y -= 13;
      }
      y -= 10;
      continue;
    }
    for (const note of part.notes ?? []) {
      text(fit(regular, note, 8, usable), MARGIN, 8, regular);
      y -= 11;
    }
    const shares = part.columns.map((column) => column.width ?? 1);
    const sum = shares.reduce((a, b) => a + b, 0);
    const widths = shares.map((share) => (usable * share) / sum);
    const header = () => {
      page.drawRectangle({
        x: MARGIN,
        y: y - 3,
        width: usable,
        height: ROW_HEIGHT,
        color: rgb(0.9, 0.93, 0.97),
      });
      let x = MARGIN;
      part.columns.forEach((column, index) => {
        const w = widths[index] ?? 0;
        const label = fit(bold, column.label, FONT_SIZE, w - 4);
        const offset = column.kind === 'amount' ? w - 2 - bold.widthOfTextAtSize(label, FONT_SIZE) : 2;
        text(label, x + offset, FONT_SIZE, bold);
        x += w;
      });
      y -= ROW_HEIGHT;
    };
    const drawRow = (values: string[], font: PDFFont) => {
      let x = MARGIN;
      part.columns.forEach((column, index) => {
        const w = widths[index] ?? 0;
        const value = fit(font, values[index] ?? '', FONT_SIZE, w - 4);
        const offset = column.kind === 'amount' ? w - 2 - font.widthOfTextAtSize(value, FONT_SIZE) : 2;
        text(value, x + offset, FONT_SIZE, font);
        x += w;
      });
      y -= ROW_HEIGHT;
    };
    header();
    if (part.rows.length === 0) {
      text('Nessuna riga.', MARGIN + 2, FONT_SIZE, regular);
      y -= ROW_HEIGHT;
    }
    for await (const row of rowsInTurns(part.rows, signal)) {
      if (y < MARGIN + 24) {
        newPage();
        text(`${part.heading} (segue)`, MARGIN, 9, bold);
        y -= 13;
        header();
      }
      drawRow(
        part.columns.map((column) => formatCell(column.kind, cellValue(row, column.key))),
        regular,
      );
    }
    if (part.totals) {
      const totals = part.totals;
      if (y < MARGIN + 24) newPage();
      drawRow(
        part.columns.map((column, index) =>
          column.key in totals ? formatCell('amount', totals[column.key]) : index === 0 ? 'Totale' : '',
        ),
        bold,
      );
    }
    y -= 14;
  }

  const pages = pdf.getPages();
  const stamp = `Generato il ${formatCell('date', spec.generatedAt.toISOString().slice(0, 10))} alle ${spec.generatedAt.toISOString().slice(11, 16)} UTC`;
  pages.forEach((p, index) => {
    p.drawText(stamp, { x: MARGIN, y: MARGIN / 2, size: 7, font: regular, color: rgb(0.4, 0.4, 0.4) });
    const label = `Pagina ${index + 1} di ${pages.length}`;
    p.drawText(label, {
      x: width - MARGIN - regular.widthOfTextAtSize(label, 7),
      y: MARGIN / 2,
      size: 7,
      font: regular,
      color: rgb(0.4, 0.4, 0.4),
    });
  });
  signal?.throwIfAborted();
  return pdf.save();
}
