/**
 * Levels of assurance and attribute names of SPID and CIE id over OpenID Connect, and the
 * INPS rule on them: access to the services needs SPID level 2 or higher, CIE or CNS
 * (circ. INPS 87/2020 and 34/2023 §2).
 */
import { normaliseFiscalNumberClaim, validateCodiceFiscalePersona } from './codiceFiscale';
import type { CodiceFiscalePersona, CodiceFiscaleResult } from './codiceFiscale';

export const SPID_ACR = {
  1: 'https://www.spid.gov.it/SpidL1',
  2: 'https://www.spid.gov.it/SpidL2',
  3: 'https://www.spid.gov.it/SpidL3',
} as const;

export type SpidLevel = keyof typeof SPID_ACR;
export type SpidAcr = (typeof SPID_ACR)[SpidLevel];
/** How the Cassetto API names a level in its answers. */
export type LivelloSpid = 'SpidL1' | 'SpidL2' | 'SpidL3';

export const SPID_LEVELS: readonly SpidLevel[] = [1, 2, 3];
/** CIE id uses the SPID identifiers; a CIE authentication is level 3. */
export const CIE_LEVEL: SpidLevel = 3;
export const INPS_MINIMUM_LEVEL: SpidLevel = 2;

export const LIVELLO_INSUFFICIENTE_MESSAGE =
  'Per accedere ai servizi INPS serve SPID di livello 2 o superiore oppure la CIE o la CNS (circolare INPS n. 34/2023).';

/**
 * The `acr` of a login with the Carta Nazionale dei Servizi. No federation defines one (the SPID
 * identifiers name SPID levels, and CIE id reuses them); this value is the bridge's own, and
 * the ID token's `amr` says `cns` too. INPS accepts the CNS as it accepts SPID level 2 or the CIE
 * (circ. 34/2023 §2, circ. 87/2020): see docs/cns.md.
 */
export const CNS_ACR = 'urn:cassetto-enti:acr:cns';
/** For comparisons with a requested SPID level, a CNS login counts as this level [INFER]. */
export const CNS_EQUIVALENT_LEVEL: SpidLevel = 2;

/** How a login is named in the API's answers and in the session: a SPID level, or CNS. */
export type Livello = LivelloSpid | 'CNS';

/**
 * How a login is said to the user, in the header and in the Registro delle operazioni:
 * "SPID livello 2", "CIE", "CNS" (a CIE login carries SPID's level 3, which is not the user's word).
 */
export function accessoLabel(metodo: 'spid' | 'cie' | 'cns', livello: Livello): string {
  if (metodo === 'cie') return 'CIE';
  if (livello === 'CNS') return 'CNS';
  return `SPID livello ${livello.slice('SpidL'.length)}`;
}

/** The level of an `acr` value, or undefined when it is not one of the SPID identifiers. */
export function levelOfAcr(acr: unknown): SpidLevel | undefined {
  if (typeof acr !== 'string') return undefined;
  for (const level of SPID_LEVELS) {
    if (SPID_ACR[level] === acr) return level;
  }
  return undefined;
}

/** The level a login compares as: its SPID level, or the CNS's equivalent. */
export function assuranceOfAcr(acr: unknown): SpidLevel | undefined {
  return acr === CNS_ACR ? CNS_EQUIVALENT_LEVEL : levelOfAcr(acr);
}

export function livelloOfAcr(acr: unknown): Livello | undefined {
  if (acr === CNS_ACR) return 'CNS';
  const level = levelOfAcr(acr);
  return level === undefined ? undefined : `SpidL${level}`;
}

/** SPID level 2 or more (CIE logins carry level 3), or a CNS login (which compares as level 2). */
export function meetsInpsMinimum(acr: unknown): boolean {
  const level = assuranceOfAcr(acr);
  return level !== undefined && level >= INPS_MINIMUM_LEVEL;
}

/** The claim that carries the codice fiscale, value `TINIT-<codice fiscale>`. */
export const FISCAL_NUMBER_CLAIM = 'https://attributes.eid.gov.it/fiscal_number';

/** Accepted on reading: the current name, the older SPID namespace, and a bare name some use. */
export const FISCAL_NUMBER_CLAIM_NAMES = [
  FISCAL_NUMBER_CLAIM,
  'https://attributes.spid.gov.it/fiscal_number',
  'fiscal_number',
] as const;

export function formatFiscalNumberClaim(codiceFiscale: string): string {
  return `TINIT-${codiceFiscale}`;
}

/** Finds the fiscal number among the claims, normalises it and checks its check character. */
export function readFiscalNumberClaim(
  claims: Readonly<Record<string, unknown>>,
): CodiceFiscaleResult<CodiceFiscalePersona> {
  for (const name of FISCAL_NUMBER_CLAIM_NAMES) {
    const value = claims[name];
    if (typeof value === 'string' && value.trim() !== '') {
      return validateCodiceFiscalePersona(normaliseFiscalNumberClaim(value));
    }
  }
  return {
    ok: false,
    error: { code: 'VUOTO', message: "L'identità digitale non ha comunicato il codice fiscale." },
  };
}
