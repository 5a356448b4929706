/**
 * An archive seeded on one day and opened again months later: its seeded denunce move to the
 * new day (else the demo's data dir, made once, would again show months without denuncia),
 * while a denuncia a user sent stays and still replaces the seeded ordinario of its month.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Denuncia } from '../../shared/domain/sezioni';
import { posizioneId, seedPosizione } from '../seed/enti';
import { generateDenunce } from '../seed/sezioni';
import { openStore } from './openStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cassetto-seed-denunce-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const id = posizioneId('comune-borgo');
const denunceOn = (day: string, act?: (sezioni: ReturnType<typeof openStore>['sezioni']) => void) => {
  const opened = openStore(dir, { now: () => new Date(`${day}T10:00:00Z`) });
  try {
    act?.(opened.sezioni);
    return opened.sezioni.denunce(id);
  } finally {
    opened.close();
  }
};
const sent: Denuncia = {
  id: `${id}-LTEST0001`,
  mese: '2027-02',
  tipo: 'ordinario',
  dataInvio: '2027-03-05',
  esito: 'acquisita',
  numeroD0: 3,
  totaleContributi: '2272.80',
  errori: [],
};

describe('seeded denunce of an archive opened again on a later day', () => {
  it('are those of the new day, with what users sent kept', () => {
    const first = denunceOn('2026-11-30', (sezioni) =>
      sezioni.registraDenuncia(id, sent, undefined, '<xml/>'),
    );
    expect(first[1]?.mese).toBe('2026-10');

    const later = denunceOn('2027-03-10');
    const seeded = generateDenunce(seedPosizione('comune-borgo'), '2027-03-10');
    expect(later.filter((d) => d.id !== sent.id)).toHaveLength(seeded.length);
    expect(later.find((d) => d.id === sent.id)).toEqual(sent);
    const febbraio = later.filter((d) => d.mese === '2027-02' && d.tipo === 'ordinario');
    expect(febbraio.map((d) => d.esito).sort()).toEqual(['acquisita', 'sostituita']);
    expect(later.every((d) => d.mese <= '2027-02' && d.dataInvio < '2027-03-10')).toBe(true);

    // The same day again changes nothing.
    expect(denunceOn('2027-03-10')).toEqual(later);
  });
});
