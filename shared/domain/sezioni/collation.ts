/**
 * Italian ordering of text without paying Intl.Collator on every comparison: 100,000 distinct
 * strings sorted with `collator.compare` take seconds, so each string gets a primary key once
 * (accents stripped, lower case: "Àncora" and "ancora" side by side, as in a dictionary) compared
 * by code unit, and only strings with equal primary keys go to the Italian collator, which then
 * puts the unaccented and lower-case form first, as Intl.Collator('it') does.
 */
const collator = new Intl.Collator('it');

/** Anything past ASCII may carry an accent to strip. */
const NON_ASCII = /[^ -~]/;
const MARKS = /[\u0300-\u036f]/g;

export function primaryKey(text: string): string {
  return (!NON_ASCII.test(text) ? text : text.normalize('NFD').replace(MARKS, '')).toLowerCase();
}

/** Compares two strings given their primary keys: the fast order, the collator only on ties. */
export function compareItalian(a: string, keyA: string, b: string, keyB: string): number {
  if (keyA < keyB) return -1;
  if (keyA > keyB) return 1;
  return a === b ? 0 : collator.compare(a, b);
}
