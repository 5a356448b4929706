import type { XsdError } from '../../../shared/domain/listapospa/validation';
import { open, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { ContractError } from '../../../shared/contract';
import { RICOSTRUITO_XSD, RICOSTRUITO_XSD_FILE_NAME } from '../../../shared/domain/listapospa/ricostruitoXsd';

/**
 * XSD validation with libxml2 compiled to WebAssembly (xmllint-wasm). The library runs xmllint
 * in a worker_thread, so the main process keeps answering the window while a 50,000-D0 file is
 * checked; the file goes over as bytes and memory is raised to what its size needs.
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
  try {
    await validateXML({
      xml: [{ fileName: 'prova.xml', contents: '<prova/>' }],
      schema: [{ fileName: 'ufficiale.xsd', contents }],
    });
    // Valid or not, the probe was checked against a compiled schema.
    return 'ok';
  } catch {
    return 'notSchema';
  }
}

export type { XsdError };

const MiB = memoryPages.MiB;

export async function validateWithXsd(xml: Uint8Array, xsd: XsdSource): Promise<XsdError[]> {
  // libxml2 in streaming mode needs little more than the schema; keep head-room for big files.
  const initial = Math.min(memoryPages.max, Math.max(memoryPages.defaultInitialMemoryPages, 64 * MiB));
  let result: Awaited<ReturnType<typeof validateXML>>;
  try {
    result = await validateXML({
      xml: [{ fileName: 'denuncia.xml', contents: xml }],
      schema: [{ fileName: xsd.fileName, contents: xsd.contents }],
      stream: true,
      initialMemoryPages: initial,
      maxMemoryPages: memoryPages.max,
    });
  } catch (error) {
    // xmllint exits with a parse-error status on malformed XML: its stderr still says where.
    return parseStderr(error instanceof Error ? error.message : String(error));
  }
  if (result.valid) return [];
  return (
    result.errors
      .filter((error) => !/fails to validate$/.test(error.message))
      // What libxml2 says of another file than the denuncia (the schema) is not the user's to read.
      .filter((error) => !error.loc || error.loc.fileName === 'denuncia.xml')
      .map((error) => ({
        line: error.loc?.lineNumber ?? null,
        message: error.message.slice(0, MAX_MESSAGE_CHARS),
      }))
  );
}

const MAX_MESSAGE_CHARS = 300;

/**
 * Only libxml2's own located messages about the denuncia are kept. libxml2 follows a parser error
 * with the offending line of the file, quoted, and a caret: those lines, and anything said about
 * the schema file, are dropped, so no file's bytes reach a message (an XSD path pointed at
 * /etc/passwd would otherwise show its first line).
 */
function parseStderr(stderr: string): XsdError[] {
  const errors: XsdError[] = [];
  for (const raw of stderr.split('\n')) {
    // No `\s*` before `(.*)`: the two overlapping made a long line of spaces quadratic.
    const match = /^denuncia\.xml:(\d+):(.*)$/.exec(raw);
    const message = match?.[2]?.trimStart().slice(0, MAX_MESSAGE_CHARS);
    if (message) errors.push({ line: Number(match?.[1]), message });
  }
  if (errors.length) return errors;
  // Encoding warnings (bytes not UTF-8…) make xmllint exit non-zero while it says the file
  // validates: nothing for the XSD to report, the reader says what is wrong and where.
  if (/^denuncia\.xml validates$/m.test(stderr)) return [];
  const schemaFailed = /Schemas parser error|failed to compile|ufficiale\.xsd|\.xsd:\d+:/.test(stderr);
  return [
    {
      line: null,
      message: schemaFailed
        ? 'L’XSD non è uno schema XML valido: controlla il file indicato in Impostazioni.'
        : 'xmllint non ha potuto validare il file.',
    },
  ];
}
