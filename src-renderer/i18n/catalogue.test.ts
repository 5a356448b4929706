import { describe, expect, it } from 'vitest';

/**
 * Each feature's messages are spread into one catalogue (it.ts): a key defined in two files
 * would silently show one feature's text in the other's place.
 */
const files = import.meta.glob<Record<string, Record<string, string>>>('./it/*.ts', { eager: true });

describe('Italian catalogue', () => {
  it('has no key defined by two feature files', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [file, exports] of Object.entries(files)) {
      for (const messages of Object.values(exports)) {
        for (const key of Object.keys(messages)) {
          const first = owner.get(key);
          if (first && first !== file) clashes.push(`${key}: ${first} e ${file}`);
          owner.set(key, file);
        }
      }
    }
    expect(owner.size).toBeGreaterThan(100);
    expect(clashes).toEqual([]);
  });

  it('shows the count beside every plural form: "scaduta da 3 giorni", never "scaduta da giorni"', () => {
    const countless: string[] = [];
    for (const exports of Object.values(files)) {
      for (const messages of Object.values(exports)) {
        for (const [key, text] of Object.entries(messages)) {
          // {n|giorno|giorni} picks the noun only: the message must show {n} itself.
          for (const [, name] of text.matchAll(/\{(\w+)\|/g)) {
            if (!text.includes(`{${name}}`)) countless.push(`${key}: ${text}`);
          }
        }
      }
    }
    expect(countless).toEqual([]);
  });
});
