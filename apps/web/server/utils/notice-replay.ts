// Remembers the CMS notices this site accepted (by signature) until their timestamp leaves the
// window, so the same signed notice sent again is refused. Kept in the Nitro storage mount
// `revalidate-notices` (memory by default; point it at Redis in nuxt.config `nitro.storage` and
// every website instance refuses a notice any of them took). Nothing lives in process memory.
import { NOTICE_TOLERANCE_SECONDS } from './signature'

const MOUNT = 'revalidate-notices'

// Check-then-store is serialised within this process (unstorage has no atomic "set if absent").
// Across instances on Redis, two copies arriving in the same instant could both pass: the only
// effect of a notice is a new content version, so that race costs one extra render.
let queue: Promise<unknown> = Promise.resolve()

// The memory driver ignores ttl, so what has left the window is dropped by hand: at most every
// SWEEP_EVERY_MS, not at every notice (a sweep reads every signature kept; a burst of publishes
// would make each notice cost as much as all the others).
const SWEEP_EVERY_MS = 30_000
let sweptAt = -Infinity

/** True the first time a notice (its signature) is seen within the window; false for a replay. */
export function acceptNoticeOnce(signature: string, timestamp: number, now = Date.now()): Promise<boolean> {
  const work = async () => {
    const storage = useStorage<number>(MOUNT)
    if (await storage.hasItem(signature)) return false
    const nowSeconds = Math.floor(now / 1000)
    // After timestamp + tolerance the window check refuses the notice anyway: forget it then.
    await storage.setItem(signature, timestamp, { ttl: Math.max(1, timestamp + NOTICE_TOLERANCE_SECONDS - nowSeconds + 1) })
    if (now - sweptAt >= SWEEP_EVERY_MS) {
      sweptAt = now
      for (const key of await storage.getKeys()) {
        const seen = await storage.getItem(key)
        if (typeof seen !== 'number' || seen + NOTICE_TOLERANCE_SECONDS < nowSeconds) await storage.removeItem(key)
      }
    }
    return true
  }
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}
