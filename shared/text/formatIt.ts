/**
 * The Italian way of showing what the code keeps in ISO and decimal strings (docs/architecture.md
 * §5): days gg/mm/aaaa, months mm/aaaa, amounts 1.234,56. One formatter for every screen, PDF,
 * calendar and notice. A value that is not what it should be is shown as it is, never hidden.
 */
import { groupThousands } from './groupThousands';

/** "2026-10-05" or a timestamp "2026-10-05T09:30:00Z" → "05/10/2026" (the day it names). */
export function formatData(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "2026-10" → "10/2026". */
export function formatMese(value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match ? `${match[2]}/${match[1]}` : value;
}

/** "129" → "130", "999" → "1000": one cent more, by string, whatever the number of digits. */
function plusOne(digits: string): string {
  let at = digits.length - 1;
  while (at >= 0 && digits[at] === '9') at -= 1;
  const head = at < 0 ? '1' : `${digits.slice(0, at)}${Number(digits[at]) + 1}`;
  return head + '0'.repeat(digits.length - at - 1);
}

/**
 * A decimal string ("1234.5", "-0012.345") → "1.234,50", "-12,35": rounded to the cent half away
 * from zero, by string manipulation, so no float can change a cent. `thousands` is '' where a
 * spreadsheet must read the cell as a number.
 */
export function formatImporto(value: string, thousands = '.'): string {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) return value;
  const [, sign, integer = '', decimals = ''] = match;
  const truncated = `${integer}${decimals.padEnd(2, '0').slice(0, 2)}`.replace(/^0+/, '');
  const cents = (decimals.charAt(2) >= '5' ? plusOne(truncated || '0') : truncated).padStart(3, '0');
  const negative = sign === '-' && /[1-9]/.test(cents);
  return `${negative ? '-' : ''}${groupThousands(cents.slice(0, -2), thousands)},${cents.slice(-2)}`;
}
