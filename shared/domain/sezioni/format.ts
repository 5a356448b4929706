/**
 * A section cell as text, the same on the screen and in the export files: amounts 1.234,56,
 * dates gg/mm/aaaa, months mm/aaaa (shared/text/formatIt.ts).
 */
import { formatData, formatImporto, formatMese } from '../../text/formatIt';
import type { ColumnKind } from './columns';

export function formatCell(kind: ColumnKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (kind === 'amount') return formatImporto(String(value));
  if (kind === 'date') return formatData(String(value));
  if (kind === 'month') return formatMese(String(value));
  return String(value);
}
