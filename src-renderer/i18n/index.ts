import { it, type MessageKey } from './it';

export type { MessageKey };

/** Looks a message up and fills its {placeholders}. One catalogue for now: Italian. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return it[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
