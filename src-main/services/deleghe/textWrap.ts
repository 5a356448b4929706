/**
 * Greedy word wrapping by measured width; a word longer than a line is cut by characters.
 * Words are measured once each and a line is the sum of its words and spaces: measuring the
 * growing line again at every word made the PDF slow (fontkit lays out the whole string).
 */
export type MeasureText = (text: string) => number;

function cutLongWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 1 && measure(rest) > maxWidth) {
    let cut = rest.length - 1;
    while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const width = measure(word);
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
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = measure(line);
    }
    lines.push(line);
  }
  return lines;
}
