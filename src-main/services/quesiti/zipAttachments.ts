/**
 * The quesito's attachments as one ZIP, built on the client (circ. 34/2023 §3.1: "sent as one
 * compressed file"), streamed from disk in chunks so that three large files never sit in memory
 * twice and progress can be reported. Every entry says it was made on Unix (os 3) with ordinary
 * file permissions: without that, Debian's unzip guesses a DOS code page and mangles accented
 * names even though fflate flags them as UTF-8.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Zip, ZipDeflate } from 'fflate';

export interface ZipSource {
  path: string;
  /** Already sanitised: the name inside the ZIP. */
  name: string;
}

const UNIX_REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const CHUNK_BYTES = 256 * 1024;

export async function zipFromDisk(
  sources: readonly ZipSource[],
  onProgress: (percent: number) => void = () => undefined,
  // Attachments are mostly PDFs and images, already compressed: the fastest level loses little.
  level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 1,
): Promise<Uint8Array> {
  const sizes = await Promise.all(sources.map(async (source) => (await stat(source.path)).size));
  const total = sizes.reduce((sum, size) => sum + size, 0) || 1;
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final) finished = true;
  });

  let done = 0;
  let lastPercent = -1;
  for (const source of sources) {
    const entry = new ZipDeflate(source.name, { level });
    entry.os = 3;
    entry.attrs = UNIX_REGULAR_FILE_0644;
    entry.mtime = new Date();
    zip.add(entry);
    const stream = createReadStream(source.path, { highWaterMark: CHUNK_BYTES });
    let pending: Buffer | null = null;
    for await (const chunk of stream) {
      // Holding one chunk back lets the last one be pushed with `final` set.
      if (pending) entry.push(pending);
      pending = chunk as Buffer;
      done += (chunk as Buffer).length;
      const percent = Math.floor((done / total) * 100);
      if (percent !== lastPercent) {
        lastPercent = percent;
        onProgress(Math.min(percent, 99));
      }
    }
    entry.push(pending ?? new Uint8Array(0), true);
  }
  zip.end();
  if (failure) throw failure;
  if (!finished) throw new Error('ZIP non completato');
  onProgress(100);
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
