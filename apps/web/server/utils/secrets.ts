import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Compares a secret someone sent with the one configured, in constant time. Both sides are hashed
 * first, so neither the content nor the length of the configured secret leaks through timing.
 * An empty configured secret never matches.
 */
export function isSameSecret(given: unknown, expected: string): boolean {
  if (!expected || typeof given !== 'string' || !given) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}
