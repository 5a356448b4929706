/**
 * The delega form to print and sign (circ. INPS 34/2023 §2): A4, Titillium embedded so every
 * Italian letter survives copy and pdftotext, all the data in labelled boxes, the declarations,
 * the signature boxes and the request number with its QR code. Used by the app and the CLI.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import {
  QUALIFICHE_INTERMEDIARIO,
  SERVIZI_DELEGABILI,
  conservareFino,
  dataFineDelega,
  type DelegaRequest,
} from '../../../shared/domain/delega';
import { formatData } from '../../../shared/text/formatIt';
import { loadDelegaFonts, type DelegaFonts } from './delegaFonts';
import { wrapText } from './textWrap';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
const CONTENT_WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const LABEL = rgb(0.35, 0.35, 0.4);
const BLUE = rgb(0, 0.4, 0.8);
const BORDER = rgb(0.6, 0.63, 0.68);

export const DICHIARAZIONE_DELEGANTE =
  "Il sottoscritto legale rappresentante dell'ente delegante autorizza l'intermediario sopra indicato ad accedere, per conto dell'ente e per la posizione contributiva indicata, ai servizi telematici INPS elencati, per la durata indicata, salvo revoca.";
export const DICHIARAZIONE_INTERMEDIARIO =
  "L'intermediario si impegna a conservare la presente delega firmata, con copia del documento di identità del delegante, per tutta la durata della delega e per i cinque anni successivi alla sua scadenza, e ad esibirla all'INPS a richiesta.";

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const characterSets = new WeakMap<PDFFont, ReadonlySet<number>>();

/** The schema allows only what the font prints; this guards the PDF against a request that skipped it. */
function assertPrintable(text: string, font: PDFFont): void {
  let set = characterSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code !== 0x0a && !set.has(code))
      throw new Error(`Il carattere U+${code.toString(16).toUpperCase()} non è stampabile nella delega.`);
  }
}

/** Draws on pages top-down, adding a page when the next block would not fit. */
class Cursor {
  page: PDFPage;
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  ensure(height: number): void {
    if (this.y - height >= MARGIN + 20) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** All text is laid out here: a character the font lacks would print as a blank, so it stops. */
  lines(text: string, size: number, width: number, font: PDFFont = this.fonts.regular): string[] {
    assertPrintable(text, font);
    return wrapText(text, width, (t) => font.widthOfTextAtSize(t, size));
  }

  paragraph(text: string, size = 9.5, font: PDFFont = this.fonts.regular): void {
    const lines = this.lines(text, size, CONTENT_WIDTH, font);
    const lineHeight = size * 1.35;
    this.ensure(lines.length * lineHeight);
    for (const line of lines) {
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN, y: this.y + 3, size, font, color: INK });
    }
    this.y -= 4;
  }

  heading(text: string): void {
    this.ensure(24);
    this.y -= 15;
    this.page.drawText(text, { x: MARGIN, y: this.y, size: 11.5, font: this.fonts.bold, color: BLUE });
    this.y -= 6;
  }

  /**
   * A row of labelled boxes; widths are fractions of the content width; rows grow with the text.
   * `minHeight` leaves room to write by hand in boxes given an empty value (and printed blank).
   */
  boxes(cells: ReadonlyArray<{ label: string; value: string; share: number }>, minHeight = 0): void {
    const valueSize = 10;
    const labelSize = 7.5;
    const padding = 3;
    const laid = cells.map((cell) => {
      const width = CONTENT_WIDTH * cell.share;
      return {
        ...cell,
        width,
        lines:
          minHeight > 0 && cell.value === ''
            ? []
            : this.lines(cell.value || '—', valueSize, width - 2 * padding, this.fonts.bold),
      };
    });
    const maxLines = Math.max(...laid.map((cell) => cell.lines.length));
    const height = Math.max(minHeight, padding * 2 + labelSize + 3 + maxLines * valueSize * 1.25);
    this.ensure(height + 4);
    let x = MARGIN;
    const top = this.y;
    for (const cell of laid) {
      this.page.drawRectangle({
        x,
        y: top - height,
        width: cell.width,
        height,
        borderColor: BORDER,
        borderWidth: 0.7,
      });
      this.page.drawText(cell.label, {
        x: x + padding,
        y: top - padding - labelSize,
        size: labelSize,
        font: this.fonts.regular,
        color: LABEL,
      });
      let lineY = top - padding - labelSize - 3;
      for (const line of cell.lines) {
        lineY -= valueSize * 1.25;
        this.page.drawText(line, {
          x: x + padding,
          y: lineY + 2,
          size: valueSize,
          font: this.fonts.bold,
          color: INK,
        });
      }
      x += cell.width;
    }
    this.y = top - height - 3;
  }
}

/** The QR code of the request number, drawn as dark squares: no image codec needed. */
function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const module = size / (count + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (!qr.modules.get(row, col)) continue;
      page.drawRectangle({
        x: x + (col + quiet) * module,
        y: y + size - (row + quiet + 1) * module,
        width: module,
        height: module,
        color: rgb(0, 0, 0),
      });
    }
  }
}

/**
 * Lets the event loop run between sections: laying out text with fontkit is CPU work, and the
 * main process (or the web host) must keep answering other calls while a PDF is built.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export const BOZZA_LABEL = 'BOZZA – non ancora inoltrata';
export const DOCUMENTO_HEADING = 'Documento di identità del legale rappresentante (da compilare a mano)';
export const TIMBRO_LABEL = "Timbro dell'ente";

/** Builds the printable delega. The request must already be valid (delegaRequestSchema). */
export async function buildDelegaPdf(request: DelegaRequest, fontBytes?: DelegaFonts): Promise<Uint8Array> {
  const bytes = fontBytes ?? (await loadDelegaFonts());
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Subsetting keeps the file small; the whole Latin Extended range is still available.
  const fonts: Fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  const numero = request.numeroRichiesta ?? BOZZA_LABEL;
  doc.setTitle(`Delega all'intermediario – ${numero}`);
  doc.setAuthor(`${request.intermediario.nome} ${request.intermediario.cognome}`);
  doc.setSubject('Delega ai servizi telematici INPS (circ. 34/2023)');
  doc.setCreator('Cassetto Enti');
  doc.setProducer('Cassetto Enti (pdf-lib)');
  doc.setLanguage('it-IT');
  // Fixed dates make the same request give the same bytes, from the app or the CLI.
  const fixed = new Date(`${request.dataSottoscrizione}T00:00:00Z`);
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);

  const c = new Cursor(doc, fonts);
  const qrSize = 78;
  const first = c.page;
  drawQr(first, numero, A4[0] - MARGIN - qrSize, A4[1] - MARGIN - qrSize, qrSize);
  const titleWidth = CONTENT_WIDTH - qrSize - 12;
  for (const line of c.lines(
    "Delega all'intermediario per i servizi telematici INPS – Gestione Dipendenti Pubblici",
    15,
    titleWidth,
    fonts.bold,
  )) {
    c.y -= 19;
    first.drawText(line, { x: MARGIN, y: c.y, size: 15, font: fonts.bold, color: INK });
  }
  c.y -= 16;
  first.drawText(`Numero richiesta: ${numero}`, {
    x: MARGIN,
    y: c.y,
    size: 11,
    font: fonts.bold,
    color: BLUE,
  });
  c.y -= 13;
  first.drawText('Circolare INPS n. 34/2023 – Legge 11 gennaio 1979, n. 12, art. 1', {
    x: MARGIN,
    y: c.y,
    size: 8.5,
    font: fonts.regular,
    color: LABEL,
  });
  c.y = Math.min(c.y, A4[1] - MARGIN - qrSize) - 6;

  const { intermediario: i, ente, legaleRappresentante: lr } = request;
  // The legale rappresentante and the intermediario are named alike: surname, name, codice fiscale.
  const personBoxes = (person: { cognome: string; nome: string; codiceFiscale: string }) => [
    { label: 'Cognome', value: person.cognome, share: 0.35 },
    { label: 'Nome', value: person.nome, share: 0.3 },
    { label: 'Codice fiscale', value: person.codiceFiscale, share: 0.35 },
  ];
  await breathe();
  c.heading('Ente delegante');
  c.boxes([{ label: 'Denominazione', value: ente.denominazione, share: 1 }]);
  c.boxes([
    { label: 'Codice fiscale', value: ente.codiceFiscale, share: 0.2 },
    { label: 'Posizione contributiva', value: `${ente.codiceFiscale}-${ente.progressivo}`, share: 0.3 },
    { label: 'PEC', value: ente.pec, share: 0.5 },
  ]);
  await breathe();
  c.heading('Legale rappresentante');
  c.boxes(personBoxes(lr));
  c.boxes([{ label: 'Carica', value: lr.carica, share: 1 }]);
  await breathe();
  c.heading('Intermediario delegato');
  c.boxes(personBoxes(i));
  c.boxes([
    { label: 'Qualifica', value: QUALIFICHE_INTERMEDIARIO.labels[i.qualifica], share: 0.45 },
    { label: 'Ordine / albo', value: i.ordine, share: 0.3 },
    { label: 'Provincia', value: i.provinciaOrdine, share: 0.1 },
    { label: 'N. iscrizione', value: i.numeroIscrizione, share: 0.15 },
  ]);
  c.boxes([
    { label: 'Studio', value: i.studio, share: 0.5 },
    { label: 'PEC', value: i.pec, share: 0.5 },
  ]);
  await breathe();
  c.heading('Servizi delegati e durata');
  c.boxes([
    {
      label: 'Servizi',
      value: request.servizi.map((s) => `• ${SERVIZI_DELEGABILI.labels[s]}`).join('\n'),
      share: 1,
    },
  ]);
  const fine = dataFineDelega(request.dataInizio, request.durataMesi);
  c.boxes([
    { label: 'Decorrenza', value: formatData(request.dataInizio), share: 0.25 },
    { label: 'Durata', value: `${request.durataMesi} mesi`, share: 0.2 },
    { label: 'Scadenza', value: formatData(fine), share: 0.25 },
    { label: 'Conservare la delega fino al', value: formatData(conservareFino(fine)), share: 0.3 },
  ]);
  await breathe();
  c.heading('Dichiarazioni');
  c.paragraph(DICHIARAZIONE_DELEGANTE);
  c.paragraph(DICHIARAZIONE_INTERMEDIARIO);
  c.paragraph(
    "Dopo l'inoltro della richiesta l'INPS invia alla PEC dell'ente una password monouso (OTP): l'intermediario la inserisce per attivare la delega, dichiarando sotto la propria responsabilità che il delegante ha firmato.",
    8.5,
  );
  c.boxes([
    { label: 'Luogo', value: request.luogo, share: 0.6 },
    { label: 'Data', value: formatData(request.dataSottoscrizione), share: 0.4 },
  ]);
  await breathe();
  // The paper is kept five years with a copy of the signer's document (circ. 34/2023): its
  // details and the ente's stamp are written by hand beside the signatures, so they get room here.
  c.heading(DOCUMENTO_HEADING);
  c.boxes(
    [
      { label: 'Tipo di documento', value: '', share: 0.25 },
      { label: 'Numero', value: '', share: 0.22 },
      { label: 'Rilasciato da', value: '', share: 0.33 },
      { label: 'Scadenza', value: '', share: 0.2 },
    ],
    26,
  );
  c.ensure(66);
  c.y -= 6;
  const signatureHeight = 60;
  const gap = 8;
  const third = (CONTENT_WIDTH - 2 * gap) / 3;
  const signatures = [
    { x: MARGIN, label: `Firma del legale rappresentante (${lr.nome} ${lr.cognome})` },
    { x: MARGIN + third + gap, label: TIMBRO_LABEL },
    { x: MARGIN + 2 * (third + gap), label: `Firma dell'intermediario (${i.nome} ${i.cognome})` },
  ];
  for (const signature of signatures) {
    c.page.drawRectangle({
      x: signature.x,
      y: c.y - signatureHeight,
      width: third,
      height: signatureHeight,
      borderColor: BORDER,
      borderWidth: 0.7,
    });
    let y = c.y - 11;
    for (const line of c.lines(signature.label, 8, third - 8)) {
      c.page.drawText(line, { x: signature.x + 4, y, size: 8, font: fonts.regular, color: LABEL });
      y -= 10;
    }
  }
  c.y -= signatureHeight + 4;

  await breathe();
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    page.drawText(`${numero} – pagina ${index + 1} di ${pages.length}`, {
      x: MARGIN,
      y: MARGIN - 14,
      size: 7.5,
      font: fonts.regular,
      color: LABEL,
    });
  });
  await breathe();
  // Saving yields between objects too (the same bytes whatever the pace).
  return doc.save({ useObjectStreams: false, objectsPerTick: 10 });
}
