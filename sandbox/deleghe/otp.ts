/** One-time passwords of the deleghe: 8 random digits, only their hash is kept. */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

export function newOtp(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

export function hashOtp(otp: string): string {
  return createHash('sha256').update(otp, 'utf8').digest('hex');
}

export function otpMatches(otp: string, hash: string): boolean {
  const given = Buffer.from(hashOtp(otp), 'hex');
  const kept = Buffer.from(hash, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}
