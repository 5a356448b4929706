/**
 * Which characters each text field of the delega takes, and the PEC check. The sets are what INPS
 * forms accept (Latin letters, accented too, apostrophe, hyphen, space…) AND what the embedded
 * Titillium font can print: a character outside them would vanish from the PDF, so it is refused
 * on its field instead. Every check here is a single pass over the value: no backtracking regex.
 */

/** Code point ranges of the Latin letters Titillium Web (latin, latin-ext) has glyphs for. */
const LETTER_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x41, 0x5a], // A-Z
  [0x61, 0x7a], // a-z
  [0xc0, 0xd6], // À-Ö (× is not a letter)
  [0xd8, 0xf6], // Ø-ö (÷ is not a letter)
  [0xf8, 0x131], // ø-ı (Ĳ ĳ have no glyph)
  [0x134, 0x137], // Ĵ-ķ (ĸ has no glyph)
  [0x139, 0x13e], // Ĺ-ľ (Ŀ ŀ have no glyph)
  [0x141, 0x148], // Ł-ň (ŉ has no glyph)
  [0x14a, 0x15d], // Ŋ-ŝ
  // Ş ş Ţ ţ (cedilla) are drawn with the comma-below glyphs of Ș ș Ț ț, so the PDF could not tell
  // them apart: only the comma-below letters, which the font really draws, are taken.
  [0x160, 0x161], // Š š
  [0x164, 0x17e], // Ť-ž (ſ has no glyph)
  [0x218, 0x21b], // Ș ș Ț ț (Romanian)
];

function rangeChars(ranges: ReadonlyArray<readonly [number, number]>): string {
  let chars = '';
  for (const [from, to] of ranges)
    for (let code = from; code <= to; code += 1) chars += String.fromCodePoint(code);
  return chars;
}

const LETTERS = rangeChars(LETTER_RANGES);
const DIGITS = '0123456789';

/** A character set: the characters allowed and how to say so in Italian. */
export interface CharacterSet {
  chars: string;
  description: string;
}

export const CHARSETS = {
  /** Nomi e cognomi: "D'Annunzio", "Bellò", "Rossi-Bianchi", "Ștefan". */
  nome: {
    chars: `${LETTERS} '’-`,
    description: 'lettere latine (anche accentate), apostrofo, trattino e spazio',
  },
  /** Denominazioni, studi, ordini, cariche, luoghi: letters, digits and the punctuation of addresses. */
  testo: {
    chars: `${LETTERS}${DIGITS} '’-–.,;:/()&"«»“”°+#`,
    description: 'lettere latine (anche accentate), cifre, spazio e la punteggiatura degli indirizzi',
  },
  /** Numero di iscrizione all'albo: "1234", "A/1234", "12-B". */
  codice: {
    chars: `${LETTERS}${DIGITS} -/.`,
    description: 'lettere, cifre, spazio, trattino, barra e punto',
  },
} as const satisfies Record<string, CharacterSet>;

export type CharsetName = keyof typeof CHARSETS;

const SETS: Readonly<Record<CharsetName, ReadonlySet<string>>> = {
  nome: new Set(CHARSETS.nome.chars),
  testo: new Set(CHARSETS.testo.chars),
  codice: new Set(CHARSETS.codice.chars),
};

/** How a character is shown in a message: control and combining characters by their code. */
function show(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || /\p{M}|\p{Z}|\p{Cf}/u.test(char)) return hex;
  return `«${char}» (${hex})`;
}

/** The Italian complaint about the characters of `value` outside `charset`, or null. `what`: "il nome". */
export function charsetProblem(value: string, charset: CharsetName, what: string): string | null {
  const allowed = SETS[charset];
  const bad: string[] = [];
  for (const char of value) {
    if (!allowed.has(char) && !bad.includes(char)) bad.push(char);
    if (bad.length === 3) break;
  }
  if (bad.length === 0) return null;
  const which = bad.map(show).join(', ');
  const subject = what.charAt(0).toUpperCase() + what.slice(1);
  return `${subject} contiene caratteri non ammessi: ${which}. Sono ammessi ${CHARSETS[charset].description}.`;
}

/** RFC 5321 §4.5.3.1: local part ≤ 64 octets, domain ≤ 255, a whole path ≤ 256 so an address ≤ 254. */
export const PEC_MAX = { address: 254, local: 64, domain: 255, label: 63 } as const;

// RFC 5322 atext: the characters of a dot-atom local part, besides the dots between atoms.
const ATEXT = new Set(`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ${DIGITS}!#$%&'*+/=?^_\`{|}~-`);
const LABEL_CHARS = new Set(`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ${DIGITS}-`);
const isLetter = (char: string) => /^[A-Za-z]$/.test(char);

function localProblem(local: string): string | null {
  if (local === '') return 'Manca la parte prima della @ (es. protocollo@comune.example.it).';
  if (local.length > PEC_MAX.local) return `La parte prima della @ supera i ${PEC_MAX.local} caratteri.`;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return 'Un punto non può aprire o chiudere la parte prima della @, né essere doppio.';
  for (const char of local) {
    if (char !== '.' && !ATEXT.has(char)) return `Carattere non ammesso prima della @: ${show(char)}.`;
  }
  return null;
}

function domainProblem(domain: string): string | null {
  if (domain === '') return 'Manca il dominio dopo la @ (es. pec.comune.example.it).';
  if (domain.length > PEC_MAX.domain) return `Il dominio supera i ${PEC_MAX.domain} caratteri.`;
  const labels = domain.split('.');
  if (labels.length < 2) return 'Il dominio deve contenere almeno un punto (es. pec.comune.example.it).';
  for (const label of labels) {
    if (label === '') return 'Il dominio contiene un punto iniziale, finale o doppio.';
    if (label.length > PEC_MAX.label) return `Una parte del dominio supera i ${PEC_MAX.label} caratteri.`;
    if (label.startsWith('-') || label.endsWith('-'))
      return 'Una parte del dominio non può iniziare o finire con un trattino.';
    for (const char of label) {
      if (!LABEL_CHARS.has(char)) return `Carattere non ammesso nel dominio: ${show(char)}.`;
    }
  }
  const tld = labels[labels.length - 1] ?? '';
  if (tld.length < 2 || ![...tld].every(isLetter))
    return "L'ultima parte del dominio deve essere di sole lettere (es. .it).";
  return null;
}

/** The Italian complaint about a PEC address, or null when it is a valid one. Linear in length. */
export function pecProblem(address: string): string | null {
  if (address.length > PEC_MAX.address) return `L'indirizzo PEC supera i ${PEC_MAX.address} caratteri.`;
  const at = address.indexOf('@');
  if (at === -1) return 'Indirizzo PEC non valido: manca la @.';
  if (address.indexOf('@', at + 1) !== -1) return 'Indirizzo PEC non valido: contiene più di una @.';
  return localProblem(address.slice(0, at)) ?? domainProblem(address.slice(at + 1));
}
