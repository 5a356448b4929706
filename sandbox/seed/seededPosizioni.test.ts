import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCodiceFiscaleEnte } from '../../shared/domain/codiceFiscale';
import { openStore } from '../store/openStore';
import { posizioneIdOf } from './enti';
import { personaByKey } from './personae';
import { parseSeedPosizioni, seededPosizioneById, seededPosizioni } from './seededPosizioni';

describe('--seed-posizioni', () => {
  it('gives the same posizioni for the same N, with valid codici fiscali, found back by id', () => {
    const first = seededPosizioni(50);
    expect(seededPosizioni(50)).toEqual(first);
    expect(new Set(first.map(posizioneIdOf)).size).toBe(50);
    for (const posizione of first) {
      expect(validateCodiceFiscaleEnte(posizione.codiceFiscaleEnte).ok).toBe(true);
      expect(seededPosizioneById(posizioneIdOf(posizione))).toEqual(posizione);
    }
    expect(seededPosizioneById('82001450343-00001')).toBeUndefined();
  });

  it('says in Italian what is wrong with the number given', () => {
    expect(parseSeedPosizioni('50', '--seed-posizioni')).toBe(50);
    expect(parseSeedPosizioni(undefined, 'X')).toBe(0);
    expect(() => parseSeedPosizioni('cinquanta', '--seed-posizioni')).toThrow(
      '--seed-posizioni: numero di posizioni non valido (cinquanta); da 0 a 2000.',
    );
    expect(() => parseSeedPosizioni('5000', 'CASSETTO_SANDBOX_SEED_POSIZIONI')).toThrow(/da 0 a 2000/);
  });

  it('writes them once: a restart with the same N adds nothing, a larger N adds the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-posizioni-'));
    const codiceFiscale = personaByKey('intermediario').codiceFiscale;
    try {
      const count = () => {
        const opened = openStore(dir, {}, { count: 0, codiceFiscale });
        try {
          const seeded = opened.store
            .ricerca(codiceFiscale)
            .filter((p) => p.codiceFiscaleEnte.startsWith('7'));
          const denunce = seeded.map((p) => opened.sezioni.denunce(p.id).length);
          return { posizioni: seeded.length, denunce };
        } finally {
          opened.close();
        }
      };
      openStore(dir, {}, { count: 3, codiceFiscale }).close();
      openStore(dir, {}, { count: 3, codiceFiscale }).close();
      const three = count();
      expect(three.posizioni).toBe(3);
      // A year of monthly denunce (and the variazioni of that year) each.
      for (const n of three.denunce) expect(n).toBeGreaterThanOrEqual(12);
      openStore(dir, {}, { count: 5, codiceFiscale }).close();
      expect(count().posizioni).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
