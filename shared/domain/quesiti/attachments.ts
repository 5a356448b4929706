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

const MAX_NAME_LENGTH = 120;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function isAllowedType(name: string): boolean {
  return (ALLOWED_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** Trailing dots and spaces, dropped by a backward loop: `/[.\s]+$/` retried from every dot (quadratic). */
function trimTrailingDotsAndSpaces(name: string): string {
  let end = name.length;
  while (end > 0 && /[.\s]/.test(name.charAt(end - 1))) end -= 1;
  return name.slice(0, end);
}

/**
 * A name safe to put in a ZIP and to unpack anywhere: only the last path segment (either slash),
 * no control characters, no leading dots (no `..`, no hidden files), no characters Windows
 * refuses, Unicode kept and NFC-normalised so that "è" typed on a Mac equals "è" typed on Windows.
 */
export function sanitiseFileName(raw: string): string {
  const normalised = raw.normalize('NFC');
  const last = normalised.split(/[/\\]/).pop() ?? '';
  let name = last
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '');
  name = trimTrailingDotsAndSpaces(name);
  if (name.length > MAX_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot + 1) : '';
    const keep = MAX_NAME_LENGTH - (ext ? ext.length + 1 : 0);
    name = ext
      ? `${Array.from(name).slice(0, keep).join('')}.${ext}`
      : Array.from(name).slice(0, keep).join('');
  }
  return name === '' ? 'allegato' : name;
}

/** Sanitises every name and de-duplicates collisions ("a.pdf", "a (2).pdf"), case-insensitively. */
export function sanitiseFileNames(raw: readonly string[]): string[] {
  const taken = new Set<string>();
  return raw.map((original) => {
    const base = sanitiseFileName(original);
    let candidate = base;
    const dot = base.lastIndexOf('.');
    const ext = dot > 0 ? base.slice(dot + 1) : '';
    const stem = ext ? base.slice(0, dot) : base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      candidate = ext ? `${stem} (${n}).${ext}` : `${stem} (${n})`;
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

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`;
}
