import { describe, expect, it } from 'vitest';
import { codiceFiscaleFromSubject, MAX_ATTRIBUTE_LENGTH } from './subject';

const CF = 'RNLMRC67E14G337R';
const OMOCODIC = 'RCCCHR95D58A94QJ';

describe('codice fiscale from a CNS certificate subject', () => {
  it.each([
    ['serialNumber TINIT-', { serialNumber: `TINIT-${CF}`, CN: 'Marco Rinaldi' }, ['serialNumber TINIT']],
    ['serialNumber IT:', { serialNumber: `IT:${CF}`, CN: 'Marco Rinaldi' }, ['serialNumber IT']],
    ['CN CF/serial.hash', { CN: `${CF}/7420091000049623.fmIW78mgkUVdmdQuXCrZbDsW9oQ=` }, ['commonName']],
    [
      'serialNumber and CN together',
      { serialNumber: `IT:${CF}`, CN: `${CF}/7420091000049623.abc=`, dnQualifier: '12345678' },
      ['serialNumber IT', 'commonName'],
    ],
    ['lower-case prefix and code', { serialNumber: `tinit-${CF.toLowerCase()}` }, ['serialNumber TINIT']],
  ])('reads the form %s', (_label, subject, sources) => {
    expect(codiceFiscaleFromSubject(subject)).toEqual({ ok: true, codiceFiscale: CF, sources });
  });

  it('accepts an omocodic code', () => {
    expect(codiceFiscaleFromSubject({ CN: `${OMOCODIC}/1.x` })).toMatchObject({
      ok: true,
      codiceFiscale: OMOCODIC,
    });
  });

  it('reads a repeated attribute, as Node lists it', () => {
    expect(codiceFiscaleFromSubject({ CN: ['Marco Rinaldi', `${CF}/1.x`] })).toMatchObject({
      ok: true,
      codiceFiscale: CF,
    });
  });

  it('does not take the dnQualifier, nor a bare code in the CN, for the codice fiscale', () => {
    for (const subject of [{ dnQualifier: CF }, { CN: CF }, { CN: `${CF}/` }, { serialNumber: CF }]) {
      expect(codiceFiscaleFromSubject(subject)).toMatchObject({ ok: false });
    }
  });

  it.each([
    ['no attributes', {}],
    ['another country', { serialNumber: `TINFR-${CF}` }],
    ['a wrong check character', { serialNumber: 'TINIT-RNLMRC67E14G337X' }],
    ['a short code', { serialNumber: 'TINIT-RNLMRC67E14G337' }],
    ['a code too long', { serialNumber: `TINIT-${CF}X` }],
    ['a CN with the slash elsewhere', { CN: `X${CF}/1.x` }],
    ['a non-string value', { serialNumber: 42 }],
  ])('refuses %s', (_label, subject) => {
    const reading = codiceFiscaleFromSubject(subject);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/codice fiscale/);
  });

  it('refuses a certificate whose forms name two different codes', () => {
    const reading = codiceFiscaleFromSubject({ serialNumber: `TINIT-${CF}`, CN: `${OMOCODIC}/1.x` });
    expect(reading).toEqual({
      ok: false,
      message: 'Il certificato riporta codici fiscali diversi tra loro: non è utilizzabile.',
    });
  });

  it('refuses values beyond the bound and too many repetitions, without reading them', () => {
    const long = `TINIT-${CF}${'A'.repeat(MAX_ATTRIBUTE_LENGTH)}`;
    expect(codiceFiscaleFromSubject({ serialNumber: long }).ok).toBe(false);
    expect(codiceFiscaleFromSubject({ CN: `${CF}/${'x'.repeat(MAX_ATTRIBUTE_LENGTH)}` }).ok).toBe(false);
    expect(codiceFiscaleFromSubject({ CN: Array.from({ length: 5 }, () => `${CF}/1.x`) }).ok).toBe(false);
    // A megabyte of input is refused on its length alone.
    expect(codiceFiscaleFromSubject({ CN: `${CF}/${'x'.repeat(1_000_000)}` }).ok).toBe(false);
  });
});
