/** Encodings checked before bytes are decoded: a lenient decoder turns garbage into other bytes. */

/** Strict base64 (RFC 4648, no spaces or line breaks): one pass, linear in the input. */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const end = text.endsWith('==') ? text.length - 2 : text.endsWith('=') ? text.length - 1 : text.length;
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!ok) return false;
  }
  return true;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_OF = new Map([...ALPHABET].map((char, index) => [char.charCodeAt(0), index]));

/** Bytes as strict base64, the form every contract call carries files in. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Joined in chunks: one string per byte triple would make millions of tiny strings.
  for (let start = 0; start < bytes.length; start += 0x3000) {
    const end = Math.min(start + 0x3000, bytes.length);
    let chunk = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] ?? 0;
      const b = bytes[i + 1] ?? 0;
      const c = bytes[i + 2] ?? 0;
      chunk += ALPHABET.charAt(a >> 2) + ALPHABET.charAt(((a & 3) << 4) | (b >> 4));
      chunk += i + 1 < end ? ALPHABET.charAt(((b & 15) << 2) | (c >> 6)) : '=';
      chunk += i + 2 < end ? ALPHABET.charAt(c & 63) : '=';
    }
    parts.push(chunk);
  }
  return parts.join('');
}

/** The bytes of strict base64; anything else is refused rather than decoded leniently. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (!isBase64(text)) throw new Error('Il contenuto non è in base64 valido.');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    const quad = [0, 1, 2, 3].map((k) => VALUE_OF.get(text.charCodeAt(i + k)) ?? 0);
    const [a = 0, b = 0, c = 0, d = 0] = quad;
    const triple = (a << 18) | (b << 12) | (c << 6) | d;
    for (const shift of [16, 8, 0]) if (out < bytes.length) bytes[out++] = (triple >> shift) & 255;
  }
  return bytes;
}
