import { describe, expect, it } from 'vitest';
import { prepositionA, t } from './index';
import { it as catalogue } from './it';

describe('Italian grammar of the catalogue', () => {
  it('agrees the noun with its number (Intl.PluralRules)', () => {
    expect(t('quesiti.count', { count: 1 })).toBe('1 quesito trovato');
    expect(t('quesiti.count', { count: 0 })).toBe('0 quesiti trovati');
    expect(t('quesiti.count', { count: 12 })).toBe('12 quesiti trovati');
    expect(t('lp.submitConfirm', { mese: '10/2026', n: 1 })).toContain('con 1 lavoratore?');
    expect(t('lp.submitConfirm', { mese: '10/2026', n: 3 })).toContain('con 3 lavoratori?');
    expect(t('lp.errorsCount', { bloccanti: 1, avvisi: 2 })).toBe('1 bloccante, 2 avvisi');
    expect(t('lp.exportRefused', { n: 1 })).toContain('1 errore bloccante. Lo corregga');
    expect(t('sezione.count', { shown: 1, total: 1 })).toBe('1 di 1 riga');
  });

  it('says "ad" before a vowel and "a" before a consonant', () => {
    expect(t('abilitazioni.granted', { a: 'ad', nome: 'Andrea', cognome: 'Neri' })).toBe(
      'Abilitazione concessa ad Andrea Neri.',
    );
    expect(prepositionA('Andrea')).toBe('ad');
    expect(prepositionA('Elena')).toBe('ad');
    expect(prepositionA('Luca')).toBe('a');
  });

  it('has no enclitic imperative the Lei form does not use ("inseriscalo") and every plural is well formed', () => {
    for (const [key, message] of Object.entries(catalogue)) {
      expect(message.replace(/\{[^}]*\}/g, ''), key).not.toMatch(/\b\w+[^f]isc[ai]l[oaie]\b/);
      for (const match of message.matchAll(/\{(\w+)\|/g)) {
        expect(message, key).toMatch(new RegExp(`\\{${match[1]}\\|[^|}]*\\|[^}]*\\}`));
      }
    }
  });
});
