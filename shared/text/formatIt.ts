/**
 * The Italian way of showing what the code keeps in ISO and decimal strings (docs/architecture.md
 * §5): days gg/mm/aaaa, months mm/aaaa, amounts 1.234,56. One formatter for every screen, PDF,
 * calendar and notice. A value that is not what it should be is shown as it is, never hidden.
 */
import Decimal from 'decimal.js';
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

/**
 * A decimal string ("1234.5", "-0012.345") → "1.234,50", "-12,35": rounded to the cent half away
 * from zero in decimal arithmetic, so no float can change a cent. `thousands` is '' where a
 * spreadsheet must read the cell as a number.
 */
export function formatImporto(value: string, thousands = '.'): string {
  if (!/^-?\d+(?:\.\d*)?$/.test(value)) return value;
  const rounded = new Decimal(value).toFixed(2, Decimal.ROUND_HALF_UP);
  const negative = rounded.startsWith('-') && /[1-9]/.test(rounded);
  const [integer = '0', cents = '00'] = rounded.replace('-', '').split('.');
  return `${negative ? '-' : ''}${groupThousands(integer, thousands)},${cents}`;
}

/** A rate or a change kept as a decimal string ("8.80", "30") → "8,80%", "30%". */
export function formatPercentuale(value: string): string {
  return `${value.replace('.', ',')}%`;
}
