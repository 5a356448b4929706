import { tracciatoLabels } from './tracciatoLabels';

/**
 * libxml2's schema errors said in Italian, on the field: the element's label and, when libxml2
 * gives its XPath, the chain of quadri and groups below the D0 (the D0 itself is the finding's
 * path and codice fiscale). Shapes not known here keep a generic Italian prefix and libxml2's
 * own words, cleaned of its "Element 'X':" prefix. Input is a message already cut to a few
 * hundred characters; each pattern is anchored and linear.
 */

/** Italian labels of the tracciato's elements, from its description (tracciato.ts). */
const LABELS: Readonly<Record<string, string>> = tracciatoLabels();

/** A namespace in libxml2's `{uri}Name` form is not for the user. */
const bare = (name: string) => name.replace(/^\{[^}]*\}/, '');
export const xsdLabel = (name: string): string => LABELS[bare(name)] ?? bare(name);

/**
 * "Quadro E0 › Inquadramento › Qualifica" from libxml2's XPath: the steps below the D0 (or below
 * the root outside the D0), with "n. 2" where the element repeats.
 */
export function fieldChain(xpath: string, element: string): string {
  const steps = xpath.split('/').filter(Boolean);
  const d0 = steps.findIndex((step) => step.startsWith('D0_DenunciaIndividuale'));
  const below = steps.slice(d0 >= 0 ? d0 + 1 : 1);
  const shown = below.map((step) => {
    const match = /^([\w.:-]+)(?:\[(\d+)\])?$/.exec(step);
    if (!match?.[1]) return step;
    return match[2] ? `${xsdLabel(match[1])} n. ${match[2]}` : xsdLabel(match[1]);
  });
  return shown.length ? shown.join(' › ') : xsdLabel(element);
}

/** What a pattern asks, in words, for the tracciato's patterns; otherwise undefined. */
function patternInWords(pattern: string): string | undefined {
  const known: Record<string, string> = {
    '-?[0-9]{1,13},[0-9]{2}': 'un importo con la virgola e due decimali (es. 1234,56)',
    '[0-9]{4}-(0[1-9]|1[0-2])': 'un anno e mese nel formato AAAA-MM',
    '[A-Z][0-9]{3}': 'un codice catastale (una lettera maiuscola e 3 cifre)',
    '[0-9]{11}|[A-Z0-9]{16}': 'un codice fiscale (11 cifre o 16 caratteri)',
  };
  if (known[pattern]) return known[pattern];
  const digits = /^\[0-9\]\{(\d+)(?:,(\d+))?\}$/.exec(pattern);
  if (digits) {
    return digits[2] ? `un numero da ${digits[1]} a ${digits[2]} cifre` : `un numero di ${digits[1]} cifre`;
  }
  const code = /^\[(?:0-9A-Z|A-Z0-9)\]\{(\d+)\}$/.exec(pattern);
  if (code) return `un codice di ${code[1]} caratteri (cifre e lettere maiuscole)`;
  return undefined;
}

const list = (names: string) =>
  names
    .split(',')
    .map((name) => `«${xsdLabel(name.trim())}»`)
    .join(', ');

/** libxml2's "Expected is ( A )" / "Expected is one of ( A, B )", in Italian. */
function expected(rest: string): string {
  const one = /^Expected is \( ([^()]*) \)\.?$/.exec(rest);
  if (one?.[1]) return `; era atteso ${list(one[1])}`;
  const many = /^Expected is one of \( ([^()]*) \)\.?$/.exec(rest);
  if (many?.[1]) return `; era atteso uno tra ${list(many[1])}`;
  return '';
}

/** What follows `prefix` at the start of `text`, or undefined. */
function after(text: string, prefix: string): string | undefined {
  return text.startsWith(prefix) ? text.slice(prefix.length) : undefined;
}

/**
 * `prefix A middle B suffix` (and an optional final "."), read by position rather than by a
 * regex whose two `(.*)` would backtrack: the two parts, or undefined.
 */
function twoParts(
  text: string,
  prefix: string,
  middle: string,
  suffix: string,
): [string, string] | undefined {
  const rest = after(text, prefix);
  if (rest === undefined) return undefined;
  const body = rest.endsWith('.') ? rest.slice(0, -1) : rest;
  const at = body.indexOf(middle);
  if (at === -1 || !body.endsWith(suffix)) return undefined;
  return [body.slice(0, at), body.slice(at + middle.length, body.length - suffix.length)];
}

const LENGTH_FACETS = { maxLength: 'al massimo', minLength: 'almeno', length: 'esattamente' } as const;

/**
 * "[facet 'maxLength'] The value has a length of '20'; this exceeds the allowed maximum length of
 * '16'." (the verb is "exceeds", "underruns" or "differs from"), read by position: one regex
 * spelling the whole sentence takes the ReDoS checker tens of seconds.
 */
function lengthFacet(detail: string): { actual: string; allowed: string; bound: string } | undefined {
  for (const [facet, bound] of Object.entries(LENGTH_FACETS)) {
    const rest = after(detail, `[facet '${facet}'] The value has a length of '`);
    if (rest === undefined) continue;
    const actual = /^(\d+)'; this /.exec(rest);
    const marker = "length of '";
    const at = rest.lastIndexOf(marker);
    const allowed = at === -1 ? null : /^(\d+)'\.?$/.exec(rest.slice(at + marker.length));
    return actual && allowed ? { actual: actual[1]!, allowed: allowed[1]!, bound } : undefined;
  }
  return undefined;
}

/** The Italian text of one libxml2 schema message, without the element (see italianXsdMessage). */
function translate(detail: string): string | undefined {
  let m: RegExpExecArray | null;
  const notExpected = after(detail, 'This element is not expected.');
  if (notExpected !== undefined) {
    return `elemento non previsto in questa posizione${expected(notExpected.trimStart())}`;
  }
  const missing = after(detail, 'Missing child element(s).');
  if (missing !== undefined) return `manca un elemento obbligatorio${expected(missing.trimStart())}`;
  const pattern = twoParts(
    detail,
    "[facet 'pattern'] The value '",
    "' is not accepted by the pattern '",
    "'",
  );
  if (pattern) {
    const [value, regex] = pattern;
    const words = patternInWords(regex);
    return words ? `«${value}» non è ${words}` : `«${value}» non rispetta il formato richiesto (${regex})`;
  }
  const length = lengthFacet(detail);
  if (length)
    return `il valore ha ${length.actual} caratteri, ne sono ammessi ${length.bound} ${length.allowed}`;
  const enumeration = twoParts(
    detail,
    "[facet 'enumeration'] The value '",
    "' is not an element of the set {",
    '}',
  );
  if (enumeration) {
    const [value, set] = enumeration;
    return `«${value}» non è tra i valori ammessi (${set.replace(/'/g, '')})`;
  }
  if (
    (m = /^'(.*)' is not a valid value of the (?:local )?(?:atomic|union|list) type(?: '([^']*)')?\.?$/.exec(
      detail,
    ))
  ) {
    return `«${m[1]}» non è un valore ammesso${m[2] ? ` (tipo ${m[2]})` : ''}`;
  }
  if ((m = /^The attribute '([\w.:-]+)' is not allowed\.?$/.exec(detail))) {
    return `l’attributo «${m[1]}» non è ammesso`;
  }
  if (/^Character content other than whitespace is not allowed/.test(detail)) {
    return 'non può contenere testo, solo altri elementi';
  }
  if (/^Element content is not allowed/.test(detail)) {
    return 'deve contenere solo un valore, non altri elementi';
  }
  if (/^No matching global declaration available for the validation root\.?$/.test(detail)) {
    return 'non è l’elemento radice previsto dallo schema (DenunceMensili)';
  }
  return undefined;
}

/**
 * e.g. "Element 'Qualifica': [facet 'pattern'] The value 'XYZ' is not accepted by the pattern
 * '[0-9A-Z]{6}'." at …/D0_DenunciaIndividuale[1]/E0_PeriodoNelMese/InquadramentoLavPA/Qualifica →
 * "Quadro E0 › Inquadramento › Qualifica: «XYZ» non è un codice di 6 caratteri (cifre e lettere
 * maiuscole)".
 */
export function italianXsdMessage(message: string, xpath?: string): string {
  const text = message.replace(/^Schemas validity error : /, '').trim();
  const located = /^Element '([\w.:{}/-]+)'(?:, attribute '[\w.:-]+')?: (.*)$/s.exec(text);
  if (!located?.[1]) return `Errore di validazione XSD: ${text}`;
  const element = located[1];
  const where = xpath ? fieldChain(xpath, element) : xsdLabel(element);
  const detail = (located[2] ?? '').trim();
  const italian = translate(detail);
  return italian ? `${where}: ${italian}` : `${where}: errore di validazione XSD: ${detail}`;
}
