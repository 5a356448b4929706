/** Italian plural forms, as the CLDR rules say (Intl.PluralRules): "1 lavoratore", "2 lavoratori". */
const rules = new Intl.PluralRules('it-IT');

/** `one` when the count takes the singular in Italian, `other` otherwise. */
export function plural(count: number, one: string, other: string): string {
  return rules.select(count) === 'one' ? one : other;
}

/** The count and its noun: countOf(1, 'riga', 'righe') is "1 riga". */
export const countOf = (count: number, one: string, other: string): string =>
  `${count} ${plural(count, one, other)}`;
