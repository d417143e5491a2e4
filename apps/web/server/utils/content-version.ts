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
//
// Scopes: the clinic details and the approved comments have versions of their own, so a publish of
// an article (the common change) keeps them cached and a cold article page asks the CMS for the
// article alone. Nothing else reads them: the clinic answer holds no relation to other types, and a
// comments answer is only shown beside its article, which is read under the `content` version.
// Pages show everything, so their keys carry every scope's version (pageVersion()).
import { randomBytes } from 'node:crypto'
import Redis, { type RedisOptions } from 'ioredis'

export const CONTENT_SCOPES = ['content', 'clinic', 'comments'] as const
export type ContentScope = (typeof CONTENT_SCOPES)[number]

/** The scopes a change notice for content type `uid` moves; an unknown one (a test ping) moves all. */
export function scopesOfNotice(uid: unknown): ContentScope[] {
  if (uid === 'api::clinic.clinic') return ['clinic']
  if (uid === 'api::comment.comment') return ['comments']
  if (typeof uid === 'string' && ['article', 'therapist', 'approach', 'topic'].some((type) => uid === `api::${type}.${type}`)) return ['content']
  return [...CONTENT_SCOPES]
}

/** The scope of a cached CMS answer, by its cached function's name (server/utils/content.ts). */
export function scopeOfAnswer(name: string): ContentScope {
  return name === 'clinic' ? 'clinic' : name === 'comments' ? 'comments' : 'content'
}

const keyOf = (scope: ContentScope) => (scope === 'content' ? 'clinic:content-version' : `clinic:content-version:${scope}`)
const CHANNEL = 'clinic:content-changed'

/** Bumps to max(stored, the caller's) + 1, so a Redis that restarted empty never goes backwards. */
const BUMP_SCRIPT = `
local stored = tonumber(redis.call('GET', KEYS[1]) or '0')
local next = math.max(stored, tonumber(ARGV[1])) + 1
redis.call('SET', KEYS[1], next)
redis.call('PUBLISH', ARGV[2], ARGV[3] .. '=' .. next)
return next`

const versions: Record<ContentScope, number> = { content: 0, clinic: 0, comments: 0 }
/** Set until the shared numbers are known: a key nobody else uses. */
let unsynced: string | undefined
let client: Redis | undefined
const listeners = new Set<() => void>()

/** The version of `scope` that cache keys are made with now. */
export function contentVersion(scope: ContentScope = 'content'): string {
  return unsynced ?? String(versions[scope])
}

/** Every scope's version joined, made again only when one moves (it is read on every page hit). */
let joinedVersions: string | undefined

/** The version of a page: it shows every scope, so any notice moves it. */
export function pageVersion(): string {
  return unsynced ?? (joinedVersions ??= CONTENT_SCOPES.map((scope) => versions[scope]).join('-'))
}

/** Called after every change of version (in this process). */
export function onContentVersionChange(listener: () => void): void {
  listeners.add(listener)
}

function adopt(scope: ContentScope, next: number): void {
  if (!Number.isSafeInteger(next) || next <= versions[scope]) return
  versions[scope] = next
  joinedVersions = undefined
  if (unsynced === undefined) for (const listener of listeners) listener()
}

/** A new version of `scopes` for every instance; rejects when Redis cannot be reached (nothing changed). */
export async function bumpContentVersion(scopes: readonly ContentScope[] = CONTENT_SCOPES): Promise<void> {
  if (!client) {
    for (const scope of scopes) adopt(scope, versions[scope] + 1)
    return
  }
  await Promise.all(scopes.map((scope) => bumpInRedis(scope, versions[scope])))
}

/** Bumps `scope` in Redis past `from` (and what Redis holds), tells every instance, adopts it here. */
async function bumpInRedis(scope: ContentScope, from: number): Promise<void> {
  adopt(scope, Number(await client!.eval(BUMP_SCRIPT, 1, keyOf(scope), String(from), CHANNEL, scope)))
}

/** The first read of the shared numbers: a scope Redis has no number for yet gets one. */
async function syncFromRedis(): Promise<void> {
  const stored = await client!.mget(...CONTENT_SCOPES.map(keyOf))
  const missing = CONTENT_SCOPES.filter((_, index) => stored[index] === null)
  CONTENT_SCOPES.forEach((scope, index) => stored[index] !== null && adopt(scope, Number(stored[index])))
  await Promise.all(missing.map((scope) => bumpInRedis(scope, 0)))
  unsynced = undefined
  for (const listener of listeners) listener()
}

/** Shares the versions through Redis (server/plugins/redis-storage.ts, with its connection options). */
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
    const [scope, value] = message.split('=')
    if (channel === CHANNEL && (CONTENT_SCOPES as readonly string[]).includes(scope!)) adopt(scope as ContentScope, Number(value))
  })
  void subscriber.subscribe(CHANNEL).catch((error: Error) => console.warn(`[storage] Redis subscribe: ${error.message}`))

  let connectedBefore = false
  client.on('ready', () => {
    const sync = connectedBefore ? bumpContentVersion() : syncFromRedis()
    connectedBefore = true
    sync.catch((error: Error) => console.warn(`[storage] Redis content version: ${error.message}`))
  })
}
