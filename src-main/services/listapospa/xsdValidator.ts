import type { AbortSignalLike, XsdError } from '../../../shared/domain/listapospa/validation';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ContractError } from '../../../shared/contract';
import { RICOSTRUITO_XSD, RICOSTRUITO_XSD_FILE_NAME } from '../../../shared/domain/listapospa/ricostruitoXsd';
import { XSD_WORKER_SOURCE } from './xsdWorkerScript';

/**
 * XSD validation with libxml2 compiled to WebAssembly (libxml2-wasm) in a worker thread, so the
 * main process keeps answering the window while a 50,000-D0 file is checked. The worker keeps
 * the compiled schema between validations; the file goes over as bytes. A validation can be
 * cancelled: its worker is terminated (libxml2 cannot be interrupted otherwise).
 */

export interface XsdSource {
  kind: 'ricostruito' | 'ufficiale';
  /** Shown to the user next to every XSD finding. */
  label: string;
  fileName: string;
  contents: string | Uint8Array;
}

export const RICOSTRUITO: XsdSource = {
  kind: 'ricostruito',
  label: 'XSD ricostruito (non ufficiale)',
  fileName: RICOSTRUITO_XSD_FILE_NAME,
  contents: RICOSTRUITO_XSD,
};

/** The official INPS XSD when the user set one in Impostazioni, otherwise the reconstructed one. */
export async function loadXsd(officialXsdPath: string | undefined): Promise<XsdSource> {
  if (!officialXsdPath) return RICOSTRUITO;
  try {
    return {
      kind: 'ufficiale',
      label: `XSD ufficiale INPS (${basename(officialXsdPath)})`,
      fileName: 'ufficiale.xsd',
      contents: await readFile(officialXsdPath),
    };
  } catch {
    throw new ContractError(
      'UNAVAILABLE',
      `Non riesco a leggere l’XSD ufficiale indicato nelle impostazioni: ${officialXsdPath}.`,
    );
  }
}

/** An official XSD is a few hundred kB; anything far bigger is not one. */
export const MAX_XSD_BYTES = 20 * 1024 * 1024;

export type XsdFileCheck = 'ok' | 'unreadable' | 'tooLarge' | 'notSchema';

/**
 * Whether a path holds an XML Schema libxml2 compiles: a regular readable file, not too large,
 * that validates a probe document without a schema error. Says only which; never what the file
 * contains (a path such as /etc/passwd must not come back in any message).
 */
export async function checkXsdFile(path: string): Promise<XsdFileCheck> {
  let contents: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return 'unreadable';
      if (info.size > MAX_XSD_BYTES) return 'tooLarge';
      contents = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return 'unreadable';
  }
  const answer = await runInWorker(new TextEncoder().encode('<prova/>'), { key: keyOf(contents), contents });
  // Valid or not, the probe was checked against a compiled schema.
  return 'schemaError' in answer || 'failure' in answer ? 'notSchema' : 'ok';
}

export type { XsdError };

/** What the worker thread answers (xsdWorkerScript.ts). */
type WorkerAnswer =
  { errors: (XsdError & { file?: string })[]; parse?: boolean } | { schemaError: true } | { failure: true };

/**
 * An idle worker is kept this long: a warm one (schema compiled, libxml2's WebAssembly optimised
 * by V8) validates the 50,000-D0 file in about half the time of a new one. Its memory, grown to
 * the largest file it saw, is given back when it ends.
 */
const IDLE_WORKER_MS = 60_000;
/** After a file above this (a 50,000-D0 file is 70 MB) the worker's memory is given back at once. */
const KEEP_WORKER_UP_TO_BYTES = 128 * 1024 * 1024;
const MAX_MESSAGE_CHARS = 300;

let idle: Worker | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function keepIdle(worker: Worker): void {
  worker.unref();
  idle = worker;
  idleTimer = setTimeout(() => {
    if (idle === worker) idle = undefined;
    void worker.terminate();
  }, IDLE_WORKER_MS);
  idleTimer.unref();
}
let libxml2Url: string | undefined;

/**
 * Where libxml2-wasm is, for the worker to import. In the packaged app it is unpacked beside the
 * asar (electron-builder.yml asarUnpack): a worker thread reads it with plain Node, whatever its
 * support for asar archives.
 */
function libxml2Path(): string {
  const path = createRequire(import.meta.url).resolve('libxml2-wasm');
  const unpacked = path.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
  return unpacked !== path && existsSync(unpacked) ? unpacked : path;
}

function spawn(): Worker {
  libxml2Url ??= pathToFileURL(libxml2Path()).href;
  return new Worker(XSD_WORKER_SOURCE, { eval: true, workerData: { libxml2Url } });
}

/** The compiled schema is kept per contents: an official XSD changed on disk is compiled again. */
const keys = new WeakMap<object, string>();
function keyOf(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}
function keyOfSource(xsd: XsdSource): string {
  let key = keys.get(xsd);
  if (!key) {
    key = xsd.kind === 'ricostruito' ? 'ricostruito' : keyOf(xsd.contents);
    keys.set(xsd, key);
  }
  return key;
}

function abortError(): Error {
  return new DOMException('Validazione XSD annullata.', 'AbortError');
}

let nextId = 0;

function runInWorker(
  xml: Uint8Array,
  schema: { key: string; contents: string | Uint8Array },
  signal?: AbortSignalLike,
  handOver = false,
): Promise<WorkerAnswer> {
  if (signal?.aborted) return Promise.reject(abortError());
  const worker = idle ?? spawn();
  idle = undefined;
  clearTimeout(idleTimer);
  worker.ref();
  const id = (nextId += 1);
  // A copy of its own goes over, so the caller's bytes stay usable (the reader parses them); not
  // `slice`, which for a Buffer is a view of the same memory and would be detached by the transfer.
  // Handed over, the caller's own buffer goes when the bytes are all of it (a Buffer may be a
  // slice of a shared pool, which is then copied like any other).
  const whole =
    handOver &&
    xml.buffer instanceof ArrayBuffer &&
    xml.byteOffset === 0 &&
    xml.byteLength === xml.buffer.byteLength;
  const copy = whole ? xml : new Uint8Array(xml);
  const size = xml.length;
  const xsd =
    typeof schema.contents === 'string' ? new TextEncoder().encode(schema.contents) : schema.contents;
  return new Promise<WorkerAnswer>((resolve, reject) => {
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (answer: WorkerAnswer & { id: number }) => {
      if (answer.id !== id) return;
      done();
      if (!idle && size <= KEEP_WORKER_UP_TO_BYTES) keepIdle(worker);
      else void worker.terminate();
      resolve(answer);
    };
    const onError = () => {
      done();
      void worker.terminate();
      resolve({ failure: true });
    };
    const onExit = () => {
      done();
      resolve({ failure: true });
    };
    const onAbort = () => {
      done();
      void worker.terminate();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // An ArrayBuffer: a new one, or the caller's, checked above.
    const buffer = copy.buffer as ArrayBuffer;
    worker.postMessage({ id, key: schema.key, xsd, xml: buffer }, [buffer]);
  });
}

/**
 * libxml2's errors about the denuncia, each with the line and the element's path (the XPath
 * libxml2 gives) so that the shared validation can say them in Italian on the field. Rejects
 * with an AbortError when `signal` aborts.
 */
export async function validateWithXsd(
  xml: Uint8Array,
  xsd: XsdSource,
  signal?: AbortSignalLike,
  handOver = false,
): Promise<XsdError[]> {
  const answer = await runInWorker(xml, { key: keyOfSource(xsd), contents: xsd.contents }, signal, handOver);
  if ('schemaError' in answer) {
    return [
      {
        line: null,
        message: 'L’XSD non è uno schema XML valido: controlla il file indicato in Impostazioni.',
      },
    ];
  }
  if ('failure' in answer) return [{ line: null, message: 'libxml2 non ha potuto validare il file.' }];
  // Only what libxml2 says of the denuncia: never a line of another file (the schema), whose
  // bytes are not the user's to read (an XSD path pointed at /etc/passwd).
  return answer.errors
    .filter((error) => !error.file || error.file === 'denuncia.xml')
    .filter((error) => !answer.parse || error.line !== null)
    .map((error) => ({
      line: error.line,
      message: (answer.parse ? `XML non ben formato: ${error.message}` : error.message).slice(
        0,
        MAX_MESSAGE_CHARS,
      ),
      ...(error.xpath ? { xpath: error.xpath.slice(0, MAX_MESSAGE_CHARS) } : {}),
      ...(answer.parse ? { notWellFormed: true } : {}),
    }));
}
