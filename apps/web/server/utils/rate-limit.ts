// Per-address limits on visitor forms (RATE_LIMITS from @clinic/forms: the CMS applies the same
// ones). Kept in the Nitro storage mount `rate-limits`, so several website instances can share them
// once that mount points at Redis (nuxt.config.ts); nothing is kept in this process's memory.
//
// What counts is a submission that passed validation, once per idempotency key: a visitor who
// fixes a typo, or whose browser retries, is not pushed towards the limit. The address is stored
// only as a hash.
import { createHash } from 'node:crypto'
import type { RateLimit } from '@clinic/forms'

interface Hits {
  /** When each counted submission arrived (ms) and its idempotency key. */
  hits: { at: number; key: string }[]
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

// Read-modify-write of one address's entry is serialised within this process (unstorage has no
// atomic increment). Across instances on Redis two simultaneous posts could both pass by one;
// the CMS enforces the same limit on what it stores, so the bound still holds there.
const queues = new Map<string, Promise<unknown>>()

function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const next = previous.then(work, work)
  const settled = next.catch(() => undefined)
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return next
}

export function takeRateLimit(form: string, address: string, idempotencyKey: string, limit: RateLimit, now = Date.now()): Promise<RateLimitResult> {
  const key = `rate:${form}:${createHash('sha256').update(address).digest('hex').slice(0, 32)}`
  return serialised(key, async () => {
    const storage = useStorage('rate-limits')
    const windowMs = limit.windowSeconds * 1000
    const stored = await storage.getItem<Hits>(key)
    const hits = (stored?.hits ?? []).filter((hit) => now - hit.at < windowMs)
    if (hits.some((hit) => hit.key === idempotencyKey)) return { allowed: true }
    if (hits.length >= limit.max) {
      const oldest = Math.min(...hits.map((hit) => hit.at))
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) }
    }
    hits.push({ at: now, key: idempotencyKey })
    await storage.setItem<Hits>(key, { hits }, { ttl: limit.windowSeconds })
    return { allowed: true }
  })
}
