/**
 * Codice fiscale checks (D.M. 23/12/1976, D.P.R. 605/1973): the 16-character code of a person
 * and the 11-digit code of an ente (the same algorithm as the partita IVA).
 *
 * Written here rather than taken from codice-fiscale-js: that library bundles the whole list of
 * comuni (~300 kB) into anything that imports it, renderer included, and is CC BY-SA. The check
 * is twenty lines; the library stays as the oracle in the tests.
 */

export type CodiceFiscaleErrorCode =
  'VUOTO' | 'LUNGHEZZA' | 'FORMATO' | 'MESE' | 'GIORNO' | 'CARATTERE_DI_CONTROLLO';

export interface CodiceFiscaleError {
  code: CodiceFiscaleErrorCode;
  /** Italian, ready for the UI. */
  message: string;
}

export interface CodiceFiscalePersona {
  kind: 'persona';
  /** Upper-cased, without spaces. */
  value: string;
  /** True when some digits were replaced by letters to tell homonyms apart (omocodia). */
  omocodico: boolean;
}

export interface CodiceFiscaleEnte {
  kind: 'ente';
  /** The 11 digits, without spaces. */
  value: string;
}

export type CodiceFiscaleResult<T> = { ok: true; value: T } | { ok: false; error: CodiceFiscaleError };

/** Letters that stand for the digits 0–9 in an omocodic code. */
const OMOCODIA_LETTERS = 'LMNPQRSTUV';
/** Positions (0-based) of the characters that are digits in the original code. */
const NUMERIC_POSITIONS = [6, 7, 9, 10, 12, 13, 14] as const;
const MONTH_LETTERS = 'ABCDEHLMPRST';

/** Values of a character in an odd position (1st, 3rd, …), for 0–9 then A–Z. */
const ODD_VALUES: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

const PERSONA_SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

function fail<T>(code: CodiceFiscaleErrorCode, message: string): CodiceFiscaleResult<T> {
  return { ok: false, error: { code, message } };
}

function compact(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

function evenValue(char: string): number {
  const code = char.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : code - 65;
}

/** The check character of the first 15 characters of a personal codice fiscale. */
export function computeCheckCharacter(first15: string): string {
  const chars = compact(first15);
  if (!/^[A-Z0-9]{15}$/.test(chars)) {
    throw new RangeError('Servono i primi 15 caratteri alfanumerici del codice fiscale.');
  }
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const char = chars.charAt(i);
    // Positions are counted from 1 in the rule: index 0 is the first, odd, position.
    sum += i % 2 === 0 ? (ODD_VALUES[char] ?? 0) : evenValue(char);
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Replaces omocodia letters with the digits they stand for (the check character is kept). */
export function decodeOmocodia(codiceFiscale: string): string {
  const value = compact(codiceFiscale);
  // Almost no code is omocodic: split into characters only when there is something to replace.
  let chars: string[] | undefined;
  for (const position of NUMERIC_POSITIONS) {
    if (position >= value.length) continue;
    const digit = OMOCODIA_LETTERS.indexOf(value.charAt(position));
    if (digit < 0) continue;
    chars ??= value.split('');
    chars[position] = String(digit);
  }
  return chars ? chars.join('') : value;
}

/** Validates the 16-character codice fiscale of a person, omocodic codes included. */
export function validateCodiceFiscalePersona(input: string): CodiceFiscaleResult<CodiceFiscalePersona> {
  const value = compact(input);
  if (value === '') return fail('VUOTO', 'Inserisca il codice fiscale.');
  if (value.length !== 16) {
    return fail('LUNGHEZZA', 'Il codice fiscale di una persona è lungo 16 caratteri.');
  }
  if (!PERSONA_SHAPE.test(value)) {
    return fail(
      'FORMATO',
      'Il codice fiscale non ha la forma prevista (6 lettere, data e luogo di nascita, carattere di controllo).',
    );
  }
  const decoded = decodeOmocodia(value);
  if (!MONTH_LETTERS.includes(decoded.charAt(8))) {
    return fail('MESE', 'La lettera del mese di nascita non è valida.');
  }
  // Women have 40 added to the day of birth.
  const day = Number(decoded.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
    return fail('GIORNO', 'Il giorno di nascita non è valido.');
  }
  if (computeCheckCharacter(value.slice(0, 15)) !== value.charAt(15)) {
    return fail(
      'CARATTERE_DI_CONTROLLO',
      'Il carattere di controllo del codice fiscale non corrisponde: verifica di averlo trascritto correttamente.',
    );
  }
  return { ok: true, value: { kind: 'persona', value, omocodico: decoded !== value } };
}

/** The check digit of the first 10 digits of a numeric codice fiscale or partita IVA. */
export function computeEnteCheckDigit(first10: string): string {
  const digits = compact(first10);
  if (!/^[0-9]{10}$/.test(digits)) {
    throw new RangeError('Servono le prime 10 cifre del codice fiscale numerico.');
  }
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = Number(digits.charAt(i));
    if (i % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return String((10 - (sum % 10)) % 10);
}

/** Validates the 11-digit codice fiscale of an ente (amministrazione, azienda, intermediario). */
export function validateCodiceFiscaleEnte(input: string): CodiceFiscaleResult<CodiceFiscaleEnte> {
  const value = compact(input);
  if (value === '') return fail('VUOTO', "Inserisca il codice fiscale dell'ente.");
  if (value.length !== 11) {
    return fail('LUNGHEZZA', 'Il codice fiscale di un ente è composto da 11 cifre.');
  }
  if (!/^[0-9]{11}$/.test(value)) {
    return fail('FORMATO', 'Il codice fiscale di un ente contiene solo cifre.');
  }
  if (computeEnteCheckDigit(value.slice(0, 10)) !== value.charAt(10)) {
    return fail(
      'CARATTERE_DI_CONTROLLO',
      "La cifra di controllo del codice fiscale dell'ente non corrisponde: verifica di averlo trascritto correttamente.",
    );
  }
  return { ok: true, value: { kind: 'ente', value } };
}

/** Either kind, chosen by length: what a search field that accepts both needs. */
export function validateCodiceFiscale(
  input: string,
): CodiceFiscaleResult<CodiceFiscalePersona | CodiceFiscaleEnte> {
  const value = compact(input);
  if (value === '') return fail('VUOTO', 'Inserisca il codice fiscale.');
  if (value.length === 11) return validateCodiceFiscaleEnte(value);
  if (value.length === 16) return validateCodiceFiscalePersona(value);
  return fail('LUNGHEZZA', 'Il codice fiscale è lungo 16 caratteri (persona) o 11 cifre (ente).');
}

/**
 * The fiscal number as SPID and CIE give it (`TINIT-RSSMRA…`, sometimes lower case) turned into
 * a plain codice fiscale. It does not validate: pass the result to a validate function.
 */
export function normaliseFiscalNumberClaim(value: string): string {
  const upper = value.trim().toUpperCase();
  return upper.startsWith('TINIT-') ? upper.slice('TINIT-'.length) : upper;
}
