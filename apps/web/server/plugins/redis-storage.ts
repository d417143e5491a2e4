// NUXT_REDIS_URL=redis://host:6379 moves the storage mounts that instances must share to Redis
// (unstorage's redis driver, ioredis 5): the page and content `cache` (one webhook then sweeps it
// for every instance), the forms' `rate-limits` (a visitor's count holds whichever instance
// answers) and `form-state` (a refused post shown again by another instance), and the content
// version in every cache key (server/utils/content-version.ts). Without it they stay
// in memory (nuxt.config.ts), which is right for one instance.
//
// Redis down: ioredis's offline queue is off, so commands fail at once instead of waiting for a
// reconnect. Nitro's route and function caches log the error and render afresh; the forms answer
// 503 with the clinic's phone number (server/utils/form-submission.ts). ioredis keeps reconnecting
// in the background and everything uses Redis again as soon as it is back.
import redisDriver from 'unstorage/drivers/redis'

// Cached pages and CMS answers kept stale-while-revalidate have no expiry of their own; in memory
// the LRU bounds them, in Redis this does (the webhook sweeps old entries long before, normally).
const CACHE_DEFAULT_TTL_SECONDS = 24 * 60 * 60

export default defineNitroPlugin(async () => {
  const { redisUrl, cacheDisabled } = useRuntimeConfig()
  if (!redisUrl) return
  const storage = useStorage()
  const connection = {
    url: String(redisUrl),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // Reconnect quickly after Redis restarts (ioredis default: up to 2 s between attempts).
    retryStrategy: (attempt: number) => Math.min(attempt * 100, 1000),
  }
  const mounts: Record<string, Record<string, unknown>> = {
    'rate-limits': {},
    'form-state': {},
    // NUXT_CACHE_DISABLED keeps its store-nothing mount (server/plugins/cache-switch.ts).
    ...(cacheDisabled ? {} : { cache: { ttl: CACHE_DEFAULT_TTL_SECONDS } }),
  }
  for (const [name, options] of Object.entries(mounts)) {
    await storage.unmount(name, false)
    const driver = redisDriver({ ...connection, ...options, base: `clinic:${name}` })
    // One client per mount; errors are answered where each mount is used, not thrown here.
    ;(driver.getInstance?.() as { on?: (event: string, listener: (error: Error) => void) => void } | undefined)?.on?.('error', (error) => {
      console.warn(`[storage] Redis (${name}): ${error.message}`)
    })
    storage.mount(name, driver)
  }
  // The content version in every cache key, shared so one notice moves every instance at once.
  shareContentVersion(connection)
  console.info(`[storage] cache, rate limits and form state in Redis (${new URL(String(redisUrl)).host})`)
})
