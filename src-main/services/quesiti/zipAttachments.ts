/**
 * The quesito's attachments as one ZIP, built on the client (circ. 34/2023 §3.1: "sent as one
 * compressed file"), streamed from disk in chunks so that three large files never sit in memory
 * twice and progress can be reported. Every entry says it was made on Unix (os 3) with ordinary
 * file permissions: without that, Debian's unzip guesses a DOS code page and mangles accented
 * names even though fflate flags them as UTF-8.
 *
 * fflate writes the ZIP; the deflate itself is Node's native zlib, through the subclass fflate
 * documents for custom compression (ZipPassThrough.process): fflate's pure-JS deflate was three
 * times slower than `zip -1` on the incompressible streams attachments are made of.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { constants, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

export interface ZipSource {
  path: string;
  /** Already sanitised: the name inside the ZIP. */
  name: string;
}

const UNIX_REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const CHUNK_BYTES = 256 * 1024;
const DEFLATE = 8;

/**
 * A deflated ZIP entry compressed chunk by chunk with native zlib. Each chunk ends with a sync
 * flush (byte-aligned, not final) and the last with a finish, so the pieces concatenate into one
 * valid deflate stream, as pigz does; the window restarting every 256 KB costs a few bytes.
 */
class NativeDeflateEntry extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly level: number,
  ) {
    super(filename);
    this.compression = DEFLATE;
  }

  // A zlib failure throws out of push() and so out of zipFromDisk: nothing half-written is kept.
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    const deflated = deflateRawSync(chunk, { level: this.level, finishFlush: flush });
    this.ondata(null, new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.length), final);
  }
}

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
    const entry = new NativeDeflateEntry(source.name, level);
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
