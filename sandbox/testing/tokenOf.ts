import type { PersonaKey } from '../seed/personae';

/** A persona's access token from the ones a test logged in for; one missing is a broken test. */
export function tokenOf(tokens: ReadonlyMap<PersonaKey, string>, key: PersonaKey): string {
  const value = tokens.get(key);
  if (!value) throw new Error(`nessun token per ${key}`);
  return value;
}
