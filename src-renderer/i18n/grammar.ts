/** Italian plurals (Intl.PluralRules), the same helper main and the sandbox use. */
export { plural } from '../../shared/text/plural';

/** "a" becomes "ad" before a word that starts with a vowel: "ad Andrea", "a Mario". */
export function prepositionA(next: string): string {
  return /^[aeiouàèéìòù]/i.test(next.trim()) ? 'ad' : 'a';
}
