/**
 * "1234567" → "1.234.567", by slicing: the usual `/\B(?=(\d{3})+(?!\d))/g` rescans the rest of
 * the number at every position (quadratic). Anything but plain digits is returned unchanged.
 */
export function groupThousands(digits: string, separator = '.'): string {
  if (!/^\d+$/.test(digits)) return digits;
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let at = head; at < digits.length; at += 3) groups.push(digits.slice(at, at + 3));
  return groups.join(separator);
}
