/**
 * Italian formatting of cells, shared by the screen and the export files: amounts 1.234,56,
 * dates gg/mm/aaaa, months mm/aaaa. Amounts are decimal strings; they are formatted by string
 * manipulation, so no float rounding can change a cent.
 */
import { groupThousands } from '../../text/groupThousands';
import type { ColumnKind } from './columns';

export function formatImporto(value: string): string {
  const negative = value.startsWith('-');
  const [intPart = '0', decPart = '00'] = (negative ? value.slice(1) : value).split('.');
  const grouped = groupThousands(intPart);
  return `${negative ? '-' : ''}${grouped},${decPart.padEnd(2, '0').slice(0, 2)}`;
}

export function formatData(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

export function formatMese(value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match ? `${match[2]}/${match[1]}` : value;
}

export function formatCell(kind: ColumnKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (kind === 'amount') return formatImporto(String(value));
  if (kind === 'date') return formatData(String(value));
  if (kind === 'month') return formatMese(String(value));
  return String(value);
}
