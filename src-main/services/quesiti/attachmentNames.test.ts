import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAllegatiZip } from '../../../sandbox/quesiti/zipCheck';
import { createEventHub } from '../../../shared/contract';
import { DEFAULT_ALLEGATO_LIMITS, sanitiseFileNames } from '../../../shared/domain/quesiti';
import { recordingGateway } from './recordingGateway.test-support';
import { createQuesitiService } from './quesitiService';
import { zipFromDisk } from './zipAttachments';

/**
 * What the app names and zips, the INPS side accepts with the same names, and each name can be
 * created as a file on this (Linux, 255-byte) file system.
 */

const dir = mkdtempSync(join(tmpdir(), 'attachment-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.constantFrom('..', ' ', '/', 'CON', 'nul', '\u202e', '\u200b', '😀'.repeat(70), '漢'.repeat(116)),
    ),
    { maxLength: 5 },
  )
  .map((pieces) => `${pieces.join('')}.pdf`);

describe('attachment names end to end', () => {
  it('are accepted by the sandbox and can be written to disk', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 3 }), async (raws) => {
        const names = sanitiseFileNames(raws);
        run += 1;
        const sources = names.map((name, i) => {
          const path = join(dir, `${run}-${i}`);
          writeFileSync(path, `contenuto ${i}`);
          return { path, name };
        });
        const checked = checkAllegatiZip(await zipFromDisk(sources), DEFAULT_ALLEGATO_LIMITS);
        expect(checked).toEqual({
          allegati: names.map((nome, i) => ({ nome, dimensione: `contenuto ${i}`.length })),
        });
        // Unpacked on Linux: every name fits the file system's limit.
        for (const name of names) {
          expect(() => writeFileSync(join(dir, name), 'x')).not.toThrow();
          rmSync(join(dir, name));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('sends long and tricky names exactly as staged (no ".pdf.pdf"), and the INPS side accepts them', async () => {
    const { gateway, posted } = recordingGateway();
    const service = createQuesitiService(gateway, createEventHub(), mkdtempSync(join(dir, 'service-')), {
      retryMs: 60_000,
    });
    const raws = [`${'😀'.repeat(70)}.pdf`, `${'漢'.repeat(116)}.pdf`, '..pdf'];
    const staged = [];
    for (const raw of raws) staged.push(await service.stage(raw, Buffer.from('x').toString('base64')));
    expect(staged.map((file) => file.nome)).toEqual([
      `${'😀'.repeat(62)}.pdf`,
      `${'漢'.repeat(83)}.pdf`,
      'allegato.pdf',
    ]);
    await service.send({
      posizioneId: 'P1',
      classe: 'DURC',
      oggetto: 'DURC',
      testo: 'x',
      allegati: staged.map((file) => file.stagedId),
    });
    const zip = Buffer.from(posted[0]?.allegatiZip ?? '', 'base64');
    expect(Object.keys(unzipSync(zip))).toEqual(staged.map((file) => file.nome));
    expect(checkAllegatiZip(zip, DEFAULT_ALLEGATO_LIMITS)).toMatchObject({ allegati: expect.any(Array) });
    service.stop();
  });
});
