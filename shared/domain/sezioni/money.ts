/**
 * Amounts as integer cents for sums and comparisons: exact in a JS number up to 90 thousand
 * billion euro, and much faster than a decimal object over 100,000 rows.
 */
export function toCents(value: string): number {
  // Fast path for the wire format "-?d+.dd", read digit by digit (100,000 amounts in a few ms,
  // and no float maths): anything else goes to the general reading below.
  const length = value.length;
  if (length > 3 && length < 17 && value.charCodeAt(length - 3) === 46 /* . */) {
    const negative = value.charCodeAt(0) === 45; /* - */
    let cents = 0;
    let digits = 0;
    for (let i = negative ? 1 : 0; i < length; i++) {
      if (i === length - 3) continue;
      const digit = value.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) {
        digits = -1;
        break;
      }
      cents = cents * 10 + digit;
      digits++;
    }
    if (digits > 2) return negative ? -cents : cents;
  }
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) throw new Error(`Importo non valido: «${value}»`);
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '0').padEnd(2, '0'));
  return match[1] === '-' ? -cents : cents;
}

export function fromCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error('Importo fuori dai limiti');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Reads an amount typed the Italian way ("1.234,56") or the wire way ("1234.56"). */
export function parseImportoInput(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s|€/g, '');
  if (trimmed === '') return undefined;
  const normalized = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  try {
    return fromCents(toCents(normalized));
  } catch {
    return undefined;
  }
}
