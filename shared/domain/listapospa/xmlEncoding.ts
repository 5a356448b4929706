import { XmlSyntaxError, positionAt } from './xmlTokenizer';

/**
 * Bytes of an XML file → its text, by the encoding the file says it has: a byte order mark, or
 * the XML declaration's `encoding` (XML 1.0 §4.3.3, appendix F), else UTF-8. Accepted: UTF-8,
 * ISO-8859-1, windows-1252, UTF-16 (LE/BE) with a BOM; anything else is refused naming the
 * encoding, never read as UTF-8 (which turned "NICOLÒ" in ISO-8859-1 into "NICOL\uFFFD").
 * One function for the CLI, the app's import and the sandbox: what is written back is UTF-8.
 */

/** The WHATWG decoder every runtime of ours has (Node, Electron, Chromium); shared/ has no DOM types. */
type Decoder = { decode(bytes: Uint8Array): string };
const TextDecoderOf = (
  globalThis as unknown as {
    TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
  }
).TextDecoder;

type DecoderLabel = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * windows-1252 by hand: Node's TextDecoder reads it as ISO-8859-1 (0x80 gives U+0080, not "€"),
 * so the 32 code points that differ are here (WHATWG index-windows-1252; the five holes map to
 * themselves, as there).
 */
const CP1252_80_9F = Uint16Array.from([
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
]);

export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  const units = new Uint16Array(CHUNK);
  let out = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i += 1) {
      const byte = bytes[i] as number;
      units[i - start] = byte >= 0x80 && byte <= 0x9f ? (CP1252_80_9F[byte - 0x80] as number) : byte;
    }
    out += String.fromCharCode(...units.subarray(0, end - start));
  }
  return out;
}

/**
 * Declared names (lower case) → decoder. ISO-8859-1 is read as windows-1252, as browsers do
 * (WHATWG Encoding): the two differ only in 0x80–0x9F, control characters in ISO-8859-1 that no
 * ListaPosPA contains, while Windows software that says ISO-8859-1 puts "€" and "’" there.
 */
const DECLARED: Record<string, DecoderLabel | 'utf-16'> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  l1: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'utf-16': 'utf-16',
  'utf-16le': 'utf-16',
  'utf-16be': 'utf-16',
};

const SUPPORTED = 'UTF-8, ISO-8859-1, windows-1252 e UTF-16 con BOM';

/** The `encoding` of an XML declaration at the start of `head`, and where its value starts. */
function declaredEncoding(head: string): { name: string; at: number } | undefined {
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  const declaration = end === -1 ? head : head.slice(0, end);
  // Bounded: at most the first 1,024 characters, and no nested quantifiers.
  const match = /\sencoding\s*=\s*(["'])([^"'\s]{0,40})\1/.exec(declaration);
  if (!match) return undefined;
  return { name: match[2] ?? '', at: match.index + match[0].indexOf(match[1] ?? '"') + 1 };
}

function encodingError(text: string, offset: number, message: string): XmlSyntaxError {
  const { line, column } = positionAt(text, offset);
  return new XmlSyntaxError(message, line, column);
}

function decodeStrict(bytes: Uint8Array, label: DecoderLabel, shownAs: string): string {
  try {
    return new TextDecoderOf(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Only on failure: the replacement character marks the first bad sequence.
    const lenient = new TextDecoderOf(label, { ignoreBOM: true }).decode(bytes);
    return failAtReplacement(lenient, shownAs);
  }
}

function failAtReplacement(lenient: string, shownAs: string): never {
  throw encodingError(
    lenient,
    Math.max(0, lenient.indexOf('\uFFFD')),
    `byte non validi per la codifica ${shownAs}: salvare il file in ${shownAs} oppure correggere la dichiarazione encoding`,
  );
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);

export function decodeXmlBytes(bytes: Uint8Array): string {
  if (startsWith(bytes, [0, 0, 0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe, 0, 0])) {
    throw new XmlSyntaxError(`la codifica UTF-32 non è supportata: sono accettate ${SUPPORTED}`, 1, 1);
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : undefined;
  if (utf16) {
    const text = decodeStrict(bytes.subarray(2), utf16, 'UTF-16');
    const declared = declaredEncoding(text.slice(0, 1024));
    if (declared && DECLARED[declared.name.toLowerCase()] !== 'utf-16') {
      throw encodingError(
        text,
        declared.at,
        `il file è in UTF-16 (lo dice il BOM iniziale) ma dichiara encoding="${declared.name}"`,
      );
    }
    return text;
  }
  if (startsWith(bytes, [0x3c, 0]) || startsWith(bytes, [0, 0x3c])) {
    throw new XmlSyntaxError(
      'il file è in UTF-16 senza BOM: salvarlo in UTF-8, oppure in UTF-16 con BOM',
      1,
      1,
    );
  }
  const hasUtf8Bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  // The declaration is ASCII in every encoding accepted here: read it as windows-1252.
  const head = decodeWindows1252(body.subarray(0, 1024));
  const declared = declaredEncoding(head);
  const decoder = declared ? DECLARED[declared.name.toLowerCase()] : 'utf-8';
  if (declared && decoder === undefined) {
    throw encodingError(
      head,
      declared.at,
      `la codifica «${declared.name}» dichiarata dal file non è supportata: sono accettate ${SUPPORTED}`,
    );
  }
  if (declared && (decoder === 'utf-16' || (hasUtf8Bom && decoder !== 'utf-8'))) {
    throw encodingError(
      head,
      declared.at,
      decoder === 'utf-16'
        ? `il file dichiara encoding="${declared.name}" ma non inizia con il BOM di UTF-16`
        : `il file inizia con il BOM di UTF-8 ma dichiara encoding="${declared.name}"`,
    );
  }
  return decoder === 'windows-1252' ? decodeWindows1252(body) : decodeStrict(body, 'utf-8', 'UTF-8');
}
