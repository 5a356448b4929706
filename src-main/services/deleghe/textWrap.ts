/**
 * Greedy word wrapping by measured width; a word longer than a line is cut by characters.
 * Linear in the text: words are measured once each and a line is the sum of its words and spaces
 * (fontkit lays out the whole string at every measure), and a long word is cut by adding up the
 * widths of its characters, each character measured once, instead of measuring ever shorter
 * prefixes (that was cubic: a 2,000-character PEC took 30 s).
 */
export type MeasureText = (text: string) => number;

/** Past this many characters a word cannot fit any line of the form: cut it without measuring it whole. */
const LONGEST_MEASURED_WORD = 400;

function cutLongWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const widths = new Map<string, number>();
  const widthOf = (char: string) => {
    let width = widths.get(char);
    if (width === undefined) {
      width = measure(char);
      widths.set(char, width);
    }
    return width;
  };
  const pieces: string[] = [];
  let piece: string[] = [];
  let pieceWidth = 0;
  // Code points, so a letter outside the BMP is never split in two.
  for (const char of word) {
    const width = widthOf(char);
    if (piece.length > 0 && pieceWidth + width > maxWidth) {
      pieces.push(piece.join(''));
      piece = [];
      pieceWidth = 0;
    }
    piece.push(char);
    pieceWidth += width;
  }
  if (piece.length > 0) pieces.push(piece.join(''));
  return pieces;
}

export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (word === '') continue;
      const width = word.length > LONGEST_MEASURED_WORD ? Infinity : measure(word);
      if (line !== '' && lineWidth + space + width <= maxWidth) {
        line = `${line} ${word}`;
        lineWidth += space + width;
        continue;
      }
      if (line !== '') lines.push(line);
      if (width <= maxWidth) {
        line = word;
        lineWidth = width;
        continue;
      }
      const pieces = cutLongWord(word, maxWidth, measure);
      for (let i = 0; i < pieces.length - 1; i += 1) lines.push(pieces[i] as string);
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = measure(line);
    }
    lines.push(line);
  }
  return lines;
}
