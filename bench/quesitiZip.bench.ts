/**
 * The ZIP of a quesito's attachments at their worst: 3 files of 10 MB (half incompressible, as
 * the streams inside a PDF or a JPEG are, half text), built by the app (fflate container, native zlib deflate per chunk),
 * against Info-ZIP's `zip -1` on the same files. Prints throughput and the ratio; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipFromDisk } from '../src-main/services/quesiti/zipAttachments';

const MB = 1024 * 1024;
const FILE_BYTES = 10 * MB;
const ROUNDS = 3;

function sample(seed: number): Buffer {
  const text = Buffer.from(
    `Denuncia ListaPosPA ${seed}: periodo 2026-10, imponibile 1.234,56, contributo 456,78, gestione CPI.\n`,
  );
  const half = FILE_BYTES / 2;
  const out = Buffer.alloc(FILE_BYTES);
  randomBytes(half).copy(out, 0);
  for (let offset = half; offset < FILE_BYTES; offset += text.length) text.copy(out, offset);
  return out;
}

const best = (times: number[]) => Math.min(...times);
const mbps = (bytes: number, ms: number) => (bytes / MB / (ms / 1000)).toFixed(1);

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cassetto-bench-zip-'));
  try {
    const names = ['allegato-1.pdf', 'allegato-2.pdf', 'allegato-3.pdf'];
    names.forEach((name, i) => writeFileSync(join(dir, name), sample(i)));
    const total = FILE_BYTES * names.length;
    const sources = names.map((name) => ({ path: join(dir, name), name }));

    const fflateTimes: number[] = [];
    let fflateSize = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const started = performance.now();
      const zip = await zipFromDisk(sources);
      fflateTimes.push(performance.now() - started);
      fflateSize = zip.length;
    }
    const fflateMs = best(fflateTimes);
    console.log(
      `app (fflate + zlib, level 1):  ${fflateMs.toFixed(0)} ms, ${mbps(total, fflateMs)} MB/s, ZIP ${(fflateSize / MB).toFixed(1)} MB`,
    );

    const probe = spawnSync('zip', ['-v'], { stdio: 'ignore' });
    if (probe.error || probe.status !== 0) {
      console.log('riferimento `zip -1` mancante (apt-get install -y zip): rapporto non calcolato');
      return;
    }
    const zipTimes: number[] = [];
    const out = join(dir, 'ref.zip');
    for (let round = 0; round < ROUNDS; round += 1) {
      rmSync(out, { force: true });
      const started = performance.now();
      spawnSync('zip', ['-1', '-q', '-j', out, ...sources.map((s) => s.path)]);
      zipTimes.push(performance.now() - started);
    }
    const zipMs = best(zipTimes);
    console.log(
      `zip -1 (Info-ZIP):            ${zipMs.toFixed(0)} ms, ${mbps(total, zipMs)} MB/s, ZIP ${(statSync(out).size / MB).toFixed(1)} MB`,
    );
    console.log(`rapporto tempo app / zip -1: ${(fflateMs / zipMs).toFixed(2)}× (best of ${ROUNDS})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
