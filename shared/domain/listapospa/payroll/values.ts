import { parseAmountIt, toAmount } from '../amount';
import type { Amount } from '../model';
import type { DateFormat, NumberFormat } from './mapping';

/**
 * A payroll cell → the model's value, by the formats the mapping says. A spreadsheet's own
 * numbers and dates arrive typed (number, ISO date) and need no format. Each parser answers the
 * value or an Italian message saying what was expected.
 */

export type Cell = string | number;
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): Parsed<never> => ({ ok: false, message });
/** Without a leading or trailing sign (€, %) and the spaces around it; no regex, so linear. */
function withoutSign(text: string, sign: string): string {
  let out = text.trim();
  if (out.startsWith(sign)) out = out.slice(sign.length).trim();
  if (out.endsWith(sign)) out = out.slice(0, -sign.length).trim();
  return out;
}

export function parseAmountCell(cell: Cell, format: NumberFormat): Parsed<Amount> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || Math.abs(cell) >= 1e13) return fail(`importo fuori misura: ${cell}`);
    return { ok: true, value: toAmount(cell) };
  }
  const text = withoutSign(cell, '€').replace(/\s/g, '');
  const expected =
    format === 'it' ? 'un importo come 1.234,56 o 1234,56' : 'un importo come 1,234.56 o 1234.56';
  if (text.length > 20) return fail(`atteso ${expected}`);
  const value =
    format === 'it'
      ? parseAmountIt(text)
      : /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(text)
        ? toAmount(text.replace(/,/g, ''))
        : undefined;
  return value === undefined
    ? fail(`«${cell}» non è ${expected} (al massimo due decimali)`)
    : { ok: true, value };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY: Record<Exclude<DateFormat, 'aaaa-mm-gg'>, RegExp> = {
  'gg/mm/aaaa': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  'gg-mm-aaaa': /^(\d{1,2})-(\d{1,2})-(\d{4})$/,
  'gg.mm.aaaa': /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
};

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

export function parseDateCell(cell: Cell, format: DateFormat): Parsed<string> {
  const text = String(cell).trim();
  const iso = ISO_DATE.exec(text);
  const dmy = format === 'aaaa-mm-gg' ? null : DMY[format].exec(text);
  const value = iso
    ? isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : dmy
      ? isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
      : undefined;
  if (value) return { ok: true, value };
  return fail(`«${text.slice(0, 40)}» non è una data valida nel formato ${format}`);
}

/** "66,67" or 66.67 → "66670" (PercPartTime is the percentage × 1000, see model.ts). */
export function parsePercentCell(cell: Cell, format: NumberFormat): Parsed<string> {
  const text = typeof cell === 'number' ? String(cell) : withoutSign(cell, '%');
  const decimal = typeof cell === 'number' || format === 'en' ? '.' : ',';
  const [integer = '', decimals = '', ...rest] = text.split(decimal);
  if (rest.length > 0 || !/^\d{1,3}$/.test(integer) || !/^\d{0,3}$/.test(decimals)) {
    return fail(`«${text.slice(0, 40)}» non è una percentuale come 66${decimal}67`);
  }
  return { ok: true, value: String(Number(integer) * 1000 + Number(decimals.padEnd(3, '0'))) };
}

/** Codes and codici fiscali: spaces out, upper case; a spreadsheet's number 2 is the code "2". */
export function parseCodeCell(cell: Cell): Parsed<string> {
  return { ok: true, value: String(cell).replace(/\s/g, '').toUpperCase() };
}

/**
 * Free text: trimmed. A value that starts as a spreadsheet formula does (=, +, @) is refused: it
 * is what a hostile file carries to be run when the data is opened in a spreadsheet again.
 */
export function parseTextCell(cell: Cell): Parsed<string> {
  const value = String(cell).trim();
  if (/^[=+@]/.test(value)) {
    return fail(`«${value.slice(0, 40)}» sembra una formula di foglio di calcolo: scrivi il valore`);
  }
  return { ok: true, value };
}
