import { it, type MessageKey } from './it';
import { plural, prepositionA } from './grammar';

export type { MessageKey };
export { plural, prepositionA };

/**
 * Looks a message up and fills its {placeholders}. A placeholder `{n|lavoratore|lavoratori}` is the
 * word that agrees with the number `n` (see grammar.ts). One catalogue for now: Italian.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return it[key].replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!(name in params)) return whole;
      const value = params[name];
      if (one === undefined || other === undefined) return String(value);
      return plural(Number(value), one, other);
    },
  );
}
