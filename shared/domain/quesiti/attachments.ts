/**
 * The rules for a quesito's attachments, the same on the app and on the INPS side: at most three
 * files (circ. 34/2023 §3.1), a size limit per file (not published for public employers: other
 * Cassetti use 3 MB, our default), a list of accepted types, and file names that cannot escape
 * the ZIP's root once unpacked.
 */
export const MAX_ALLEGATI = 3;
export const DEFAULT_MAX_ALLEGATO_BYTES = 3 * 1024 * 1024;

/** Documents an office reads: PDF (also signed), images of paper, plain data. */
export const ALLOWED_EXTENSIONS = [
  'pdf',
  'p7m',
  'jpg',
  'jpeg',
  'png',
  'txt',
  'csv',
  'xml',
  'xlsx',
  'docx',
] as const;

export interface AllegatoLimits {
  maxFiles: number;
  maxBytesPerFile: number;
}

export const DEFAULT_ALLEGATO_LIMITS: AllegatoLimits = {
  maxFiles: MAX_ALLEGATI,
  maxBytesPerFile: DEFAULT_MAX_ALLEGATO_BYTES,
};

/** ext4 and most Linux file systems: 255 bytes of UTF-8 per name, whatever the characters. */
export const MAX_NAME_BYTES = 255;
/** What is kept after the last dot when a long name is shortened ("pdf", "p7m", "xlsx"…). */
const MAX_EXTENSION_CHARS = 16;
/** The stem given to a name that has nothing left once cleaned ("..pdf", " .pdf", ""). */
const FALLBACK_STEM = 'allegato';

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function isAllowedType(name: string): boolean {
  return (ALLOWED_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/**
 * Removed outright: C0/C1 controls and DEL; bidi overrides and isolates (U+202A–202E,
 * U+2066–2069) and marks (U+200E/F, U+061C), which make "fdp.exe" display as "exe.pdf";
 * zero-width characters and the BOM (U+200B–200D, U+2060, U+FEFF), which make two names that
 * look the same differ; lone surrogates, which have no UTF-8 form. One pass, no backtracking.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]/gu;
/** Characters Windows refuses in a name; the slashes are handled before (last segment only). */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
/** DOS devices: "CON", "nul.txt", "Com1.tar.gz" open a device on Windows instead of a file. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;

const isDotOrSpace = (char: string) => char === '.' || /^\s$/u.test(char);

/** Loops rather than /[.\s]+$/: that regex is quadratic on a long run of spaces not at the end. */
function trimDotsAndSpaces(text: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = text.length;
  while (start && from < to && isDotOrSpace(text.charAt(from))) from += 1;
  while (end && to > from && isDotOrSpace(text.charAt(to - 1))) to -= 1;
  return text.slice(from, to);
}

const utf8Bytes = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a pair: the low half is skipped (lone halves were removed before)
      i += 1;
    } else bytes += 3;
  }
  return bytes;
};

const segmenter = new Intl.Segmenter('it', { granularity: 'grapheme' });

/** The longest prefix of `text` within `budget` UTF-8 bytes, cut between graphemes ("é", "👍🏽"). */
function cutToBytes(text: string, budget: number): string {
  if (utf8Bytes(text) <= budget) return text;
  let used = 0;
  let end = 0;
  for (const { segment } of segmenter.segment(text)) {
    const size = utf8Bytes(segment);
    if (used + size > budget) break;
    used += size;
    end += segment.length;
  }
  return text.slice(0, end);
}

/** "CON" → "CON_", "nul .x" → "nul_ .x": Windows looks at what comes before the first dot. */
function defuseDevice(name: string): string {
  const dot = name.indexOf('.');
  const head = dot === -1 ? name : name.slice(0, dot);
  const device = head.trimEnd();
  return WINDOWS_DEVICE.test(device) ? `${device}_${name.slice(device.length)}` : name;
}

interface NameParts {
  stem: string;
  /** With its dot (".pdf"), or '' when the name has none. */
  ext: string;
}

function splitName(name: string): NameParts {
  const dot = name.lastIndexOf('.');
  const ext = dot === -1 ? '' : name.slice(dot + 1);
  const isExtension = ext.length > 0 && ext.length <= MAX_EXTENSION_CHARS && !/[.\s]/u.test(ext);
  return isExtension ? { stem: name.slice(0, dot), ext: `.${ext}` } : { stem: name, ext: '' };
}

/**
 * `stem + suffix + ext` within the byte limit: the stem is shortened (never the extension, nor
 * the " (2)" of a duplicate, which has a space, so it never looks like an extension), cleaned of
 * the dots and spaces a cut may leave at its end, and never left empty.
 */
function assemble(stem: string, suffix: string, ext: string): string {
  const budget = MAX_NAME_BYTES - utf8Bytes(suffix) - utf8Bytes(ext);
  // Defused before the cut so that the "_" is inside the budget; after it, in case the cut left
  // only a device name ("COM1" followed by 300 spaces), which is then short.
  const whole = defuseDevice(trimDotsAndSpaces(stem, true, true));
  const kept = trimDotsAndSpaces(cutToBytes(whole, budget), false, true) || FALLBACK_STEM;
  return defuseDevice(`${kept}${suffix}${ext}`);
}

function sanitiseOnce(raw: string): string {
  const segments = raw.split(/[/\\]/);
  const last = segments[segments.length - 1] ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(INVISIBLE, '')
    // Removing a zero-width joiner can bring a letter and its accent together again.
    .normalize('NFC')
    .replace(WINDOWS_FORBIDDEN, '_');
  const { stem, ext } = splitName(trimDotsAndSpaces(cleaned, false, true));
  return assemble(stem, '', ext);
}

/**
 * A name safe to put in a ZIP and to unpack anywhere, the same for the app, the CLI and the
 * INPS side, which refuses any name that this function would change. Only the last path
 * segment (either slash); invisible and control characters removed (see INVISIBLE); Windows'
 * forbidden characters replaced by "_" and its device names defused ("CON.pdf" → "CON_.pdf");
 * no leading or trailing dots and spaces, but the extension is kept apart first, so "..pdf"
 * becomes "allegato.pdf", not "pdf"; NFC, so "è" typed on a Mac equals "è" typed on Windows; at
 * most 255 bytes of UTF-8, shortened before the extension, between graphemes.
 *
 * Idempotent, s(s(x)) = s(x) (property-tested): a name within the limit is left as it is by a
 * second pass, and the second pass here covers the one case where shortening exposes what looks
 * like an extension ("x .pdf" + 300 spaces and a letter, cut after "pdf").
 */
export function sanitiseFileName(raw: string): string {
  return sanitiseOnce(sanitiseOnce(raw));
}

/**
 * Sanitises every name and de-duplicates collisions ("a.pdf", "a (2).pdf"), case-insensitively
 * (Windows and macOS would unpack "A.pdf" over "a.pdf"). The numbered names stay within the
 * byte limit and are their own sanitised form, so sanitising the result again changes nothing.
 */
export function sanitiseFileNames(raw: readonly string[]): string[] {
  const taken = new Set<string>();
  return raw.map((original) => {
    const base = sanitiseFileName(original);
    const { stem, ext } = splitName(base);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      candidate = assemble(stem, ` (${n})`, ext);
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

export interface AllegatoCandidate {
  name: string;
  size: number;
}

/** Why one more file cannot be attached, in Italian for the user; undefined when it can. */
export function refusalOf(
  candidate: AllegatoCandidate,
  alreadyAttached: number,
  limits: AllegatoLimits = DEFAULT_ALLEGATO_LIMITS,
): string | undefined {
  if (alreadyAttached >= limits.maxFiles) {
    return `Si possono allegare al massimo ${limits.maxFiles} file: «${candidate.name}» non è stato aggiunto.`;
  }
  if (!isAllowedType(candidate.name)) {
    return `Il tipo del file «${candidate.name}» non è ammesso. Tipi ammessi: ${ALLOWED_EXTENSIONS.join(', ')}.`;
  }
  if (candidate.size > limits.maxBytesPerFile) {
    return `Il file «${candidate.name}» supera il limite di ${formatMegabytes(limits.maxBytesPerFile)} per allegato.`;
  }
  if (candidate.size === 0) return `Il file «${candidate.name}» è vuoto.`;
  return undefined;
}

/** Checks a whole set, as the INPS side does on arrival; the list of problems, empty when fine. */
export function problemsOf(
  files: readonly AllegatoCandidate[],
  limits: AllegatoLimits = DEFAULT_ALLEGATO_LIMITS,
): string[] {
  const problems: string[] = [];
  if (files.length > limits.maxFiles)
    problems.push(`Si possono allegare al massimo ${limits.maxFiles} file.`);
  files.forEach((file) => {
    const refusal = refusalOf(file, 0, limits);
    if (refusal) problems.push(refusal);
    if (sanitiseFileName(file.name) !== file.name) problems.push(`Nome di file non ammesso: «${file.name}».`);
  });
  return problems;
}

/** A file's size as a person reads it: "512 byte", "14 KB", "2,4 MB" (never "0,0 MB"). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return formatMegabytes(bytes);
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`;
}
