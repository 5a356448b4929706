import Decimal from 'decimal.js';
import type { Amount } from './model';

/**
 * Amounts: decimal strings in the model ("1234.56"), comma decimals in the XML ("1234,56",
 * docs/uniemens.md §2.4 — the official pattern is not confirmed), 1.234,56 on screen
 * (formatImporto, shared/text/formatIt.ts).
 */

const MODEL_AMOUNT = /^-?\d+\.\d{2}$/;
const XML_AMOUNT = /^-?\d+,\d{2}$/;

export function toDecimal(value: Amount | undefined): Decimal {
  if (value === undefined || value === '') return new Decimal(0);
  return new Decimal(value);
}

/** Rounds to the cent, half away from zero (ROUND_HALF_UP for positive amounts). */
export function toAmount(value: Decimal.Value): Amount {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * Whether two amounts are the same number. Two model amounts ("1234.56") compare as text once a
 * leading minus on zero is set aside, without building two Decimals; anything else goes through
 * decimal.js. The rules call it on every D0 of a 50,000-worker file.
 */
export function amountsEqual(a: Amount | undefined, b: Amount | undefined): boolean {
  if (a !== undefined && b !== undefined && MODEL_AMOUNT.test(a) && MODEL_AMOUNT.test(b)) {
    return stripZeros(a) === stripZeros(b);
  }
  return toDecimal(a).eq(toDecimal(b));
}

/** "-0012.30" → "12.30", "-0.00" → "0.00": the canonical text of a model amount. */
function stripZeros(amount: Amount): string {
  const negative = amount.startsWith('-');
  const digits = (negative ? amount.slice(1) : amount).replace(/^0+(?=\d)/, '');
  return negative && digits !== '0.00' ? `-${digits}` : digits;
}

export function sumAmounts(values: readonly (Amount | undefined)[]): Decimal {
  return values.reduce<Decimal>((sum, value) => sum.plus(toDecimal(value)), new Decimal(0));
}

/** "1234.56" → "1234,56". */
export function amountToXml(value: Amount): string {
  return value.replace('.', ',');
}

/**
 * "1234,56" → "1234.56". Accepts a dot or fewer decimals from hand-made files and normalises;
 * returns undefined when the text is not a number at all.
 */
export function amountFromXml(text: string): Amount | undefined {
  if (XML_AMOUNT.test(text)) return text.replace(',', '.');
  const normalised = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return toAmount(normalised);
}

/** Parses what a user types ("1.234,56", "1234,5", "1234") into a model amount, or undefined. */
export function parseAmountIt(text: string): Amount | undefined {
  const compact = text.trim().replace(/\s/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/.test(compact)) return undefined;
  return toAmount(compact.replace(/\./g, '').replace(',', '.'));
}
