/**
 * zod speaks Italian: its own Italian locale, with the few messages that locale leaves technical
 * ("atteso string, ricevuto undefined", "pattern /…/") said the way an operator reads them.
 * Imported (for its effect, once: modules evaluate once) by every module that declares schemas,
 * so the renderer, main, the CLI and the sandbox all get the same messages.
 */
import { z } from 'zod';

const italian = z.locales.it();

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'un testo',
  number: 'un numero',
  int: 'un numero intero',
  bigint: 'un numero intero',
  nan: 'un numero non valido',
  boolean: 'sì o no',
  object: 'un insieme di campi',
  array: 'un elenco',
  null: 'nessun valore',
  undefined: 'nessun valore',
  date: 'una data',
  file: 'un file',
  function: 'una funzione',
  symbol: 'un simbolo',
};

const typeName = (name: string) => TYPE_NAMES[name] ?? 'un valore di altro tipo';

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

type Issue = Parameters<NonNullable<ReturnType<typeof z.locales.it>['localeError']>>[0];

function plainItalian(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Campo obbligatorio: inserire un valore.';
      return `Valore non valido: atteso ${typeName(issue.expected)}, ricevuto ${typeName(receivedType(issue.input))}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Troppo lungo: al massimo ${String(issue.maximum)} caratteri.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Troppi elementi: al massimo ${String(issue.maximum)}.`;
      return `Valore troppo grande: al massimo ${String(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'Campo obbligatorio: inserire un valore.'
          : `Troppo corto: almeno ${String(issue.minimum)} caratteri.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Troppo pochi elementi: almeno ${String(issue.minimum)}.`;
      return `Valore troppo piccolo: almeno ${String(issue.minimum)}.`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Valore non valido: atteso ${JSON.stringify(issue.values[0]) ?? 'un altro valore'}.`
        : `Scelta non valida: i valori ammessi sono ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_format':
      return 'Formato non valido.';
    case 'invalid_union':
    case 'invalid_element':
    case 'invalid_key':
      return 'Valore non valido.';
    case 'custom':
      return 'Valore non valido.';
    default:
      return undefined;
  }
}

z.config({
  localeError: (issue) => plainItalian(issue as Issue) ?? italian.localeError?.(issue as never),
});

/** Nothing to call: importing the module is what sets the messages. Exported for tests. */
export const zodSpeaksItalian = true;
