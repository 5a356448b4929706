import { describe, expect, it } from 'vitest';
import {
  accessoLabel,
  CNS_ACR,
  FISCAL_NUMBER_CLAIM,
  livelloOfAcr,
  SPID_ACR,
  formatFiscalNumberClaim,
  levelOfAcr,
  meetsInpsMinimum,
  readFiscalNumberClaim,
} from './spid';

describe('SPID levels', () => {
  it('says a login in the user’s words: SPID with its level, CIE and CNS without one', () => {
    expect(accessoLabel('spid', 'SpidL2')).toBe('SPID livello 2');
    expect(accessoLabel('spid', 'SpidL3')).toBe('SPID livello 3');
    expect(accessoLabel('cie', 'SpidL3')).toBe('CIE');
    expect(accessoLabel('cns', 'CNS')).toBe('CNS');
  });

  it('reads the level of a SPID acr, and none of any other value', () => {
    expect(levelOfAcr('https://www.spid.gov.it/SpidL2')).toBe(2);
    expect(levelOfAcr('https://www.spid.gov.it/SpidL4')).toBeUndefined();
    expect(levelOfAcr(undefined)).toBeUndefined();
  });

  it('admits level 2 and 3 to INPS services, not level 1 or unknown values', () => {
    expect(meetsInpsMinimum(SPID_ACR[1])).toBe(false);
    expect(meetsInpsMinimum(SPID_ACR[2])).toBe(true);
    expect(meetsInpsMinimum(SPID_ACR[3])).toBe(true);
    expect(meetsInpsMinimum('urn:altro')).toBe(false);
  });

  it('admits a CNS login (circ. 34/2023 §2) and names it CNS, while SPID level 1 stays refused', () => {
    expect(meetsInpsMinimum(CNS_ACR)).toBe(true);
    expect(livelloOfAcr(CNS_ACR)).toBe('CNS');
    expect(livelloOfAcr(SPID_ACR[2])).toBe('SpidL2');
    expect(livelloOfAcr('urn:altro')).toBeUndefined();
    expect(meetsInpsMinimum(SPID_ACR[1])).toBe(false);
    expect(meetsInpsMinimum(`${CNS_ACR}x`)).toBe(false);
  });
});

describe('readFiscalNumberClaim', () => {
  it('reads the eID claim with its TINIT- prefix', () => {
    const result = readFiscalNumberClaim({
      [FISCAL_NUMBER_CLAIM]: formatFiscalNumberClaim('GDASDV00A01H501J'),
    });
    expect(result.ok && result.value.value).toBe('GDASDV00A01H501J');
  });

  it('accepts the older SPID name and the bare name, normalising case', () => {
    expect(
      readFiscalNumberClaim({ 'https://attributes.spid.gov.it/fiscal_number': 'tinit-lvldaa85t50g702b' }).ok,
    ).toBe(true);
    expect(readFiscalNumberClaim({ fiscal_number: 'PLOMRC01P30L736Y' }).ok).toBe(true);
  });

  it('refuses a missing claim or a code failing its check character', () => {
    const missing = readFiscalNumberClaim({ given_name: 'Ada' });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('VUOTO');
    const wrong = readFiscalNumberClaim({ [FISCAL_NUMBER_CLAIM]: 'TINIT-GDASDV00A01H501K' });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('CARATTERE_DI_CONTROLLO');
  });
});
