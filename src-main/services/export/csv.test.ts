import { describe, expect, it } from 'vitest';
import type { SezioneColumn } from '../../../shared/domain/sezioni';
import { toCsv } from './csv';

const columns: readonly SezioneColumn[] = [{ key: 'importo', label: 'Importo', kind: 'amount' }];

/** Rows that count how many the export has read. */
function countedRows(count: number) {
  const read = { rows: 0 };
  const rows = Array.from({ length: count }, (_, index) => ({
    get importo() {
      read.rows += 1;
      return `${index}.00`;
    },
  }));
  return { rows, read };
}

describe('CSV export', () => {
  it('writes every row when nobody cancels', async () => {
    const { rows, read } = countedRows(2_000);
    const csv = await toCsv(columns, rows, undefined, new AbortController().signal);
    expect(read.rows).toBe(2_000);
    expect(csv.split('\r\n')).toHaveLength(2_002);
  });

  it('stops reading rows once cancelled, with an AbortError', async () => {
    const { rows, read } = countedRows(50_000);
    const controller = new AbortController();
    const building = toCsv(columns, rows, undefined, controller.signal);
    // The cancel arrives while the loop is under way (it has given the event loop its first turn).
    controller.abort();
    await expect(building).rejects.toMatchObject({ name: 'AbortError' });
    expect(read.rows).toBeGreaterThan(0);
    expect(read.rows).toBeLessThan(50_000);
  });
});
