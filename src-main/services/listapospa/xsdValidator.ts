import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { memoryPages, validateXML } from 'xmllint-wasm';
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
    throw new Error(`Non riesco a leggere l’XSD ufficiale indicato nelle impostazioni: ${officialXsdPath}.`);
  }
}

export interface XsdError {
  line: number | null;
  message: string;
}

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
  return result.errors
    .filter((error) => !/fails to validate$/.test(error.message))
    .map((error) => ({ line: error.loc?.lineNumber ?? null, message: error.message }));
}

function parseStderr(stderr: string): XsdError[] {
  const errors: XsdError[] = [];
  for (const raw of stderr.split('\n')) {
    // No `\s*` before `(.*)`: the two overlapping made a long line of spaces quadratic.
    const match = /^denuncia\.xml:(\d+):(.*)$/.exec(raw);
    const message = match?.[2]?.trimStart();
    if (message) errors.push({ line: Number(match?.[1]), message });
  }
  return errors.length
    ? errors
    : [{ line: null, message: stderr.trim() || 'xmllint non ha potuto validare il file.' }];
}
