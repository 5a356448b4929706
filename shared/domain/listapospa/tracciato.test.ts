import { describe, expect, it } from 'vitest';
import { DraftSchema } from '../../contract/listapospa';
import { FULL_DENUNCIA as FULL } from './fullDenuncia.test-support';
import type { Denuncia } from './model';
import { readDenuncia } from './xmlReader';
import { writeDenuncia } from './xmlWriter';

describe('the tracciato described once (tracciato.ts)', () => {
  it('keeps every field of a fully populated draft through the contract (autosave drops nothing)', () => {
    const draft = {
      posizioneId: 'p1',
      annoMese: '2026-01',
      savedAt: '2026-01-10T10:00:00Z',
      revision: 3,
      denuncia: FULL,
    };
    const sent = JSON.parse(JSON.stringify(draft)) as unknown;
    expect(DraftSchema.parse(sent)).toEqual(draft);
  });
});

/** The model without what an import keeps unknown (placed by the reader, not by this fixture). */
function withoutKept(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutKept);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !['unknown', 'unknownAttrs', 'datiPosContribIscritto'].includes(key))
      .map(([key, inner]) => [key, withoutKept(inner)]),
  );
}

describe('the writer and the reader cover the tracciato', () => {
  it('reads back every field of a fully populated denuncia, as written from the description', () => {
    const full = withoutKept(FULL) as Denuncia;
    const read = readDenuncia(writeDenuncia(full));
    expect(read.issues).toEqual([]);
    expect(read.denuncia).toEqual(full);
  });
});
