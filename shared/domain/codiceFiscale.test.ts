import { describe, expect, it } from 'vitest';
import * as library from 'codice-fiscale-js';
import { itAnswers } from '../itAnswers.test-support';
import {
  computeCheckCharacter,
  computeEnteCheckDigit,
  decodeOmocodia,
  normaliseFiscalNumberClaim,
  validateCodiceFiscale,
  validateCodiceFiscaleEnte,
  validateCodiceFiscalePersona,
  type CodiceFiscaleResult,
} from './codiceFiscale';

// The library is CommonJS: under ESM its class arrives as a named export, while its typings
// declare a default one. Take whichever is there; it is only the oracle.
interface Oracle {
  check(codiceFiscale: string): boolean;
}
const loose = library as unknown as { CodiceFiscale?: Oracle; default?: Oracle & { CodiceFiscale?: Oracle } };
const oracle: Oracle | undefined = loose.CodiceFiscale ?? loose.default?.CodiceFiscale ?? loose.default;

/** Demo users of the public SPID test tools, valid by their check character. */
const KNOWN_VALID = ['LVLDAA85T50G702B', 'PLOMRC01P30L736Y', 'CSRGGL44L13H501E', 'GDASDV00A01H501J'];

/** Replaces the last `count` digits with omocodia letters, as the Agenzia delle Entrate does. */
function omocodic(code: string, count: number): string {
  const letters = 'LMNPQRSTUV';
  const chars = code.slice(0, 15).split('');
  const positions = [14, 13, 12, 10, 9, 7, 6].slice(0, count);
  for (const position of positions) chars[position] = letters.charAt(Number(chars[position]));
  const first15 = chars.join('');
  return first15 + computeCheckCharacter(first15);
}

/** The code a validator refuses a text with ('ok' if it takes it); a refusal says why in words. */
function refusalOf(validate: (code: string) => CodiceFiscaleResult<unknown>) {
  return (code: string) => {
    const result = validate(code);
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    return result.ok ? 'ok' : result.error.code;
  };
}

describe('validateCodiceFiscalePersona', () => {
  it.each(KNOWN_VALID)('accepts %s', (code) => {
    const result = validateCodiceFiscalePersona(code);
    expect(result).toEqual({ ok: true, value: { kind: 'persona', value: code, omocodico: false } });
  });

  it('normalises case and spaces', () => {
    const result = validateCodiceFiscalePersona(' lvldaa85t50 g702b ');
    expect(result.ok && result.value.value).toBe('LVLDAA85T50G702B');
  });

  it.each([1, 2, 3, 7])('accepts omocodic variants with %i substitutions', (count) => {
    for (const code of KNOWN_VALID) {
      const variant = omocodic(code, count);
      const result = validateCodiceFiscalePersona(variant);
      expect(result).toEqual({ ok: true, value: { kind: 'persona', value: variant, omocodico: true } });
      expect(decodeOmocodia(variant).slice(0, 15)).toBe(code.slice(0, 15));
    }
  });

  it('refuses a wrong check character with an Italian message', () => {
    const result = validateCodiceFiscalePersona('LVLDAA85T50G702C');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('CARATTERE_DI_CONTROLLO');
      expect(result.error.message).toMatch(/carattere di controllo/);
    }
  });

  itAnswers('refuses %j as %s', refusalOf(validateCodiceFiscalePersona), {
    '': 'VUOTO',
    LVLDAA85T50G702: 'LUNGHEZZA',
    LVLDAA85T50G702BB: 'LUNGHEZZA',
    LVLDA185T50G702B: 'FORMATO',
    LVLDAA85T50G7O2B: 'FORMATO',
    LVLDAA85Z50G702B: 'MESE',
    LVLDAA85T00G702B: 'GIORNO',
    LVLDAA85T35G702B: 'GIORNO',
  });

  it('detects every single-character change (the check character is meant for typos)', () => {
    const code = 'PLOMRC01P30L736Y';
    let detected = 0;
    let tried = 0;
    for (let i = 0; i < 15; i += 1) {
      const replacement = /[0-9]/.test(code.charAt(i))
        ? String((Number(code.charAt(i)) + 1) % 10)
        : code.charAt(i) === 'Z'
          ? 'A'
          : String.fromCharCode(code.charCodeAt(i) + 1);
      const changed = code.slice(0, i) + replacement + code.slice(i + 1);
      tried += 1;
      if (computeCheckCharacter(changed.slice(0, 15)) !== changed.charAt(15)) detected += 1;
    }
    expect(detected).toBe(tried);
  });

  it('agrees with codice-fiscale-js on valid, omocodic and corrupted codes', () => {
    expect(oracle).toBeDefined();
    const samples: string[] = [];
    for (const code of KNOWN_VALID) {
      samples.push(code, omocodic(code, 1), omocodic(code, 4));
      for (const last of 'ABKXZ') samples.push(code.slice(0, 15) + last);
    }
    for (const sample of samples) {
      expect(validateCodiceFiscalePersona(sample).ok, sample).toBe(oracle?.check(sample));
    }
  });
});

describe('validateCodiceFiscaleEnte', () => {
  // Published codici fiscali of public bodies: INPS, Agenzia delle Entrate, Roma Capitale.
  it.each(['80078750587', '06363391001', '02438750586'])('accepts %s', (code) => {
    expect(validateCodiceFiscaleEnte(code)).toEqual({ ok: true, value: { kind: 'ente', value: code } });
  });

  it('computes the check digit like the partita IVA rule', () => {
    expect(computeEnteCheckDigit('8007875058')).toBe('7');
    expect(computeEnteCheckDigit('0000000000')).toBe('0');
  });

  itAnswers('refuses %j as %s', refusalOf(validateCodiceFiscaleEnte), {
    '': 'VUOTO',
    '8007875058': 'LUNGHEZZA',
    '8007875058A': 'FORMATO',
    '80078750588': 'CARATTERE_DI_CONTROLLO',
  });

  it('catches a swap of two adjacent different digits', () => {
    expect(validateCodiceFiscaleEnte('80078750857').ok).toBe(false);
  });
});

describe('validateCodiceFiscale', () => {
  it('dispatches on length', () => {
    const persona = validateCodiceFiscale('GDASDV00A01H501J');
    const ente = validateCodiceFiscale('80078750587');
    expect(persona.ok && persona.value.kind).toBe('persona');
    expect(ente.ok && ente.value.kind).toBe('ente');
    const wrong = validateCodiceFiscale('12345');
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('LUNGHEZZA');
  });
});

describe('normaliseFiscalNumberClaim', () => {
  it('strips the TINIT- prefix and upper-cases', () => {
    expect(normaliseFiscalNumberClaim('TINIT-LVLDAA85T50G702B')).toBe('LVLDAA85T50G702B');
    expect(normaliseFiscalNumberClaim('tinit-lvldaa85t50g702b')).toBe('LVLDAA85T50G702B');
    expect(normaliseFiscalNumberClaim(' plomrc01p30l736y ')).toBe('PLOMRC01P30L736Y');
  });

  it('leaves other prefixes alone, so that validation refuses them', () => {
    const value = normaliseFiscalNumberClaim('TINDE-123');
    expect(value).toBe('TINDE-123');
    expect(validateCodiceFiscalePersona(value).ok).toBe(false);
  });
});
