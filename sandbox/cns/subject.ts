/**
 * The holder's codice fiscale as CNS certificates carry it in the subject (docs/cns.md):
 * - serialNumber `TINIT-<CF>` (ETSI EN 319 412-1 §5.1.3, the form of current certificates);
 * - serialNumber `IT:<CF>` (the older Italian form);
 * - commonName `<CF>/<card id>.<hash>` (the CNS technical rules of 2004).
 * Every form present must name the same valid code; anything else is refused.
 */
import { validateCodiceFiscalePersona } from '../../shared/domain/codiceFiscale';

/** RFC 5280 bounds these attributes at 64 characters; a generous cap keeps any input cheap. */
export const MAX_ATTRIBUTE_LENGTH = 256;
/** At most this many values of one attribute are read. */
const MAX_VALUES = 4;

export type CfSource = 'serialNumber TINIT' | 'serialNumber IT' | 'commonName';

export type SubjectReading =
  { ok: true; codiceFiscale: string; sources: CfSource[] } | { ok: false; message: string };

/** The subject as Node's TLS layer gives it: short attribute names, a list when repeated. */
export type CertificateSubject = Readonly<Record<string, unknown>>;

function valuesOf(subject: CertificateSubject, name: string): string[] | undefined {
  const raw = subject[name];
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length > MAX_VALUES) return undefined;
  const values: string[] = [];
  for (const value of list) {
    if (typeof value !== 'string' || value.length > MAX_ATTRIBUTE_LENGTH) return undefined;
    values.push(value);
  }
  return values;
}

const SERIAL_FORMS: ReadonlyArray<{ prefix: string; source: CfSource }> = [
  { prefix: 'TINIT-', source: 'serialNumber TINIT' },
  { prefix: 'IT:', source: 'serialNumber IT' },
];

/** The 16 characters of a candidate code, or undefined when the value does not have that form. */
function serialCandidate(value: string): { candidate: string; source: CfSource } | undefined {
  const upper = value.trim().toUpperCase();
  for (const { prefix, source } of SERIAL_FORMS) {
    if (upper.startsWith(prefix)) return { candidate: upper.slice(prefix.length), source };
  }
  return undefined;
}

function commonNameCandidate(value: string): string | undefined {
  const slash = value.indexOf('/');
  // "<CF>/<card id>…": the code is all that comes before the first slash, and something follows it.
  if (slash !== 16 || value.length === slash + 1) return undefined;
  return value.slice(0, slash).toUpperCase();
}

const MALFORMED = 'Il certificato non riporta il codice fiscale del titolare in una forma leggibile.';

export function codiceFiscaleFromSubject(subject: CertificateSubject): SubjectReading {
  const serials = valuesOf(subject, 'serialNumber');
  const commonNames = valuesOf(subject, 'CN');
  if (serials === undefined || commonNames === undefined) return { ok: false, message: MALFORMED };

  const found: Array<{ candidate: string; source: CfSource }> = [];
  for (const value of serials) {
    const hit = serialCandidate(value);
    if (hit) found.push(hit);
  }
  for (const value of commonNames) {
    const candidate = commonNameCandidate(value);
    if (candidate !== undefined) found.push({ candidate, source: 'commonName' });
  }
  if (found.length === 0) return { ok: false, message: MALFORMED };

  const codes = new Set<string>();
  for (const { candidate } of found) {
    const checked = validateCodiceFiscalePersona(candidate);
    if (!checked.ok) {
      return {
        ok: false,
        message: `Il codice fiscale nel certificato non è valido: ${checked.error.message}`,
      };
    }
    codes.add(checked.value.value);
  }
  if (codes.size > 1) {
    return {
      ok: false,
      message: 'Il certificato riporta codici fiscali diversi tra loro: non è utilizzabile.',
    };
  }
  return { ok: true, codiceFiscale: [...codes][0] as string, sources: found.map((hit) => hit.source) };
}
