/**
 * A ZIP bomb (issue 13, point 5): a few hundred kB that inflate to hundreds of MB must be refused
 * without ever being unpacked into memory.
 */
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLEGATO_LIMITS } from '../../shared/domain/quesiti';
import { checkAllegatiZip } from './zipCheck';

const MB = 1024 * 1024;

/** A ZIP of `megabytes` of zeros in one file, made by streaming: the zeros never exist whole here. */
function zerosBomb(name: string, megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const file = new ZipDeflate(name, { level: 9 });
  zip.add(file);
  const zeros = new Uint8Array(MB);
  for (let i = 0; i < megabytes; i += 1) file.push(zeros, i === megabytes - 1);
  zip.end();
  return Buffer.concat(parts);
}

/** The same bomb with its directory lying: every size field says 1 kB. */
function lyingBomb(bomb: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bomb);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 30 < copy.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, 1024, true); // local header
    if (signature === 0x02014b50) view.setUint32(at + 24, 1024, true); // central directory
    if (signature === 0x08074b50) view.setUint32(at + 12, 1024, true); // data descriptor
  }
  return copy;
}

/** The verdict on a ZIP and how much the process grew while reaching it. */
function checkMeasured(zip: Uint8Array) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const verdict = checkAllegatiZip(zip, DEFAULT_ALLEGATO_LIMITS);
  return { verdict, grown: process.memoryUsage().rss - before };
}

describe('checkAllegatiZip', () => {
  const bomb = zerosBomb('bomba.pdf', 400);

  it('refuses a 400 MB bomb by its declared size, memory staying far below the bomb', () => {
    expect(bomb.length).toBeLessThan(1 * MB);
    const { verdict, grown } = checkMeasured(bomb);
    expect(verdict).toEqual({ problems: ['Il file «bomba.pdf» supera il limite di 3 MB per allegato.'] });
    expect(grown).toBeLessThan(64 * MB);
  });

  it('refuses a bomb whose directory lies about its sizes, stopping at the limit', () => {
    const liar = lyingBomb(bomb);
    const { verdict, grown } = checkMeasured(liar);
    expect(verdict).toEqual({ problems: ['Il file «bomba.pdf» supera il limite di 3 MB per allegato.'] });
    expect(grown).toBeLessThan(64 * MB);
  });

  it('still accepts honest attachments, with their sizes', () => {
    const zip = zipSync({ 'a.pdf': strToU8('uno'), 'b.pdf': new Uint8Array(2 * MB).fill(7) });
    expect(checkAllegatiZip(zip, DEFAULT_ALLEGATO_LIMITS)).toEqual({
      allegati: [
        { nome: 'a.pdf', dimensione: 3 },
        { nome: 'b.pdf', dimensione: 2 * MB },
      ],
    });
  });

  it('refuses what is not a ZIP, an empty one, and one with too many files', () => {
    expect(checkAllegatiZip(strToU8('non sono uno zip'), DEFAULT_ALLEGATO_LIMITS)).toEqual({
      problems: ['Il file compresso degli allegati non è leggibile.'],
    });
    expect(checkAllegatiZip(zipSync({}), DEFAULT_ALLEGATO_LIMITS)).toEqual({
      problems: ['Il file compresso degli allegati è vuoto.'],
    });
    const many = zipSync(Object.fromEntries([1, 2, 3, 4].map((n) => [`${n}.pdf`, strToU8(String(n))])));
    expect(checkAllegatiZip(many, DEFAULT_ALLEGATO_LIMITS)).toMatchObject({
      problems: expect.arrayContaining(['Si possono allegare al massimo 3 file.']) as unknown,
    });
  });
});
