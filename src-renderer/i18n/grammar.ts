/** Italian plural forms, as the CLDR rules say (Intl.PluralRules): "1 lavoratore", "2 lavoratori". */
const rules = new Intl.PluralRules('it-IT');

/** `one` when the count takes the singular in Italian, `other` otherwise. */
export function plural(count: number, one: string, other: string): string {
  return rules.select(count) === 'one' ? one : other;
}

/** "a" becomes "ad" before a word that starts with a vowel: "ad Andrea", "a Mario". */
export function prepositionA(next: string): string {
  return /^[aeiouàèéìòù]/i.test(next.trim()) ? 'ad' : 'a';
}
