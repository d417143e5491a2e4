// The content version: a number in every cache key (pages and CMS answers, server/utils/page-cache.ts
// and content.ts), bumped by each change notice from the CMS. After a bump nothing cached before
// it can be read again, on any instance:
//
// - A render or a CMS read that began before the change (and so read the old content) and ends
//   after it stores under the old number, where nobody looks any more. Emptying the cache alone
//   cannot promise that: such a render puts the old page back just after the clear (under load
//   this happened most publishes, and the old page stayed until a later clear, ~3 s).
// - Requests after the bump never join a render or read begun before it: those are keyed by
//   version too.
//
// With several instances (NUXT_REDIS_URL) the number lives in Redis: the instance that takes the
// notice bumps it there and publishes the new value on a channel every instance subscribes to, so
// all of them change within milliseconds (instead of each instance's one-second page copies
// running out). Versions only go up: an instance takes any number larger than its own, whatever
// order messages come in. Until an instance has read the number it uses a version of its own that
// no other instance shares, so it never reads what it cannot vouch for. When Redis comes back after
// an outage each instance bumps once: a notice may have been missed meanwhile.
// One instance (no Redis): the number is this process's own.
import { randomBytes } from 'node:crypto'
import Redis, { type RedisOptions } from 'ioredis'

const KEY = 'clinic:content-version'
const CHANNEL = 'clinic:content-changed'

/** Bumps to max(stored, the caller's) + 1, so a Redis that restarted empty never goes backwards. */
const BUMP_SCRIPT = `
local stored = tonumber(redis.call('GET', KEYS[1]) or '0')
local next = math.max(stored, tonumber(ARGV[1])) + 1
redis.call('SET', KEYS[1], next)
redis.call('PUBLISH', ARGV[2], next)
return next`

let version = 0
/** Set until the shared number is known: a key nobody else uses. */
let unsynced: string | undefined
let client: Redis | undefined
const listeners = new Set<() => void>()

/** The version cache keys are made with now. */
export function contentVersion(): string {
  return unsynced ?? String(version)
}

/** Called after every change of version (in this process). */
export function onContentVersionChange(listener: () => void): void {
  listeners.add(listener)
}

function adopt(next: number): void {
  if (!Number.isSafeInteger(next) || (unsynced === undefined && next <= version)) return
  version = next
  unsynced = undefined
  for (const listener of listeners) listener()
}

/** A new version for every instance; rejects when Redis cannot be reached (nothing changed). */
export async function bumpContentVersion(): Promise<void> {
  if (!client) return adopt(version + 1)
  adopt(Number(await client.eval(BUMP_SCRIPT, 1, KEY, String(version), CHANNEL)))
}

/** Shares the version through Redis (server/plugins/redis-storage.ts, with its connection options). */
export function shareContentVersion(options: RedisOptions & { url: string }): void {
  const { url, ...rest } = options
  unsynced = `local-${randomBytes(6).toString('hex')}`
  client = new Redis(url, rest)
  // Subscribed connections carry nothing else; ioredis subscribes again after each reconnect.
  const subscriber = new Redis(url, { ...rest, enableOfflineQueue: true, maxRetriesPerRequest: null })
  for (const [name, connection] of [['version', client], ['version-subscriber', subscriber]] as const) {
    connection.on('error', (error: Error) => console.warn(`[storage] Redis (${name}): ${error.message}`))
  }
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === CHANNEL) adopt(Number(message))
  })
  void subscriber.subscribe(CHANNEL).catch((error: Error) => console.warn(`[storage] Redis subscribe: ${error.message}`))

  let connectedBefore = false
  client.on('ready', () => {
    const sync = connectedBefore
      ? bumpContentVersion()
      : client!.get(KEY).then((stored) => (stored === null ? bumpContentVersion() : adopt(Number(stored))))
    connectedBefore = true
    sync.catch((error: Error) => console.warn(`[storage] Redis content version: ${error.message}`))
  })
}
