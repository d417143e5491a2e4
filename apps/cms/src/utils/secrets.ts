import { timingSafeEqual } from 'node:crypto';

/** Compares a secret sent by a caller with the expected one in constant time. */
export function matchesSecret(given: unknown, expected: string | undefined): boolean {
  if (!expected || typeof given !== 'string' || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
