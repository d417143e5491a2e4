// Two real website servers sharing one cache storage in Redis (Debian's redis-server, started the
// way `pnpm cluster` starts it), one CMS. The CMS's notices reach one instance only (its WEB_URL,
// as nginx would pass it to one). Search: the other must find a new article too, and neither may
// find a draft or an unpublished one. Cached CMS answers: a notice moves only its own scope, on both.
import { createServer, request as httpRequest, type Server } from 'node:http'
import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContentClient } from '@clinic/client'
import { freePort, type WebProcess } from '@clinic/testing'
// One way to start Redis for the whole repo: the cluster's (scripts/cluster/services.mjs).
import { startRedis } from '../../../../scripts/cluster/services.mjs'
import { getPage, sendNotice, startStack, startWebServer, textOf, waitUntil, type Stack } from './stack'

let redis: { url: string; proc: { kill(): Promise<unknown> } }
let stack: Stack
let second: WebProcess
let instances: { name: string; url: string }[]
let cmsProxy: Server
/** The GraphQL operations the second instance sent to the CMS, by name, and how many times. */
const cmsReads = new Map<string, number>()
const readsOf = (operation: string) => cmsReads.get(operation) ?? 0

// Rate limits live in Redis too and every request here comes from 127.0.0.1: raised, not tested here.
// No warming after notices (page-warming.ts, tested in page-cache.test.ts): its renders would put
// answers in the shared Redis, and which CMS reads each instance makes would depend on timing.
const env = (url: string) => ({ NUXT_REDIS_URL: url, NUXT_SEARCH_RATE_LIMIT: '100000', NUXT_WARM_PAGES: '0' })

/** The addresses of a search's results on one instance. */
async function found(base: string, q: string, searchPath = '/search'): Promise<string[]> {
  const page = await getPage(`${base}${searchPath}?${new URLSearchParams({ q })}`)
  expect(page.status, `${base}${searchPath} ${q}`).toBe(200)
  return [...page.html.matchAll(/<li class="search-result">[\s\S]*?href="([^"]+)"/g)].map((match) => match[1]!)
}

/** How many `event` notices the instance the CMS calls has accepted so far (its log says each). */
const noticesAccepted = (event: 'entry.publish' | 'entry.unpublish') => stack.webOutput.join('').split('\n').filter((line) => line.includes(`[revalidate] ${event} (article)`)).length

beforeAll(async () => {
  redis = await startRedis({ port: await freePort(), log: () => {} })
  stack = await startStack({ webEnv: env(redis.url) })
  // The second instance reaches the CMS through a counting pass-through (everything else unchanged).
  const target = new URL(stack.cmsUrl)
  cmsProxy = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      const operation = body.length ? (JSON.parse(body.toString('utf8')) as { operationName?: string }).operationName : undefined
      if (operation) cmsReads.set(operation, readsOf(operation) + 1)
      const upstream = httpRequest({ host: target.hostname, port: target.port, path: request.url, method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      })
      upstream.on('error', () => response.destroy())
      upstream.end(body)
    })
  })
  const proxyPort = await freePort()
  await new Promise<void>((resolve) => cmsProxy.listen(proxyPort, '127.0.0.1', resolve))
  second = await startWebServer({ cmsUrl: `http://127.0.0.1:${proxyPort}`, secret: stack.secret, env: env(redis.url) })
  instances = [
    { name: 'the instance the CMS notifies', url: stack.webUrl },
    { name: 'the other instance', url: second.url },
  ]
})

afterAll(async () => {
  await second?.stop()
  await new Promise((resolve) => (cmsProxy ? cmsProxy.close(resolve) : resolve(undefined)))
  await stack?.stop()
  await redis?.proc.kill()
})

describe('search on two instances sharing Redis', () => {
  // First, before any change notice (whose later clears would drop the shared read at a moment of their own).
  it('reads the CMS once per language and change, whichever instance and language asks first', async () => {
    // The other instance searches in English first: it reads the English content (the counter sees it).
    expect(await found(second.url, 'emdr')).toContain('/approaches/emdr')
    expect(readsOf('SearchContent')).toBe(1)
    // The first instance's French index reads French, and takes the English read from Redis...
    expect(await found(stack.webUrl, 'emdr', '/fr/recherche')).not.toEqual([])
    // ...and the other instance's French index needs nothing more from the CMS.
    expect(await found(second.url, 'emdr', '/fr/recherche')).not.toEqual([])
    expect(readsOf('SearchContent')).toBe(1)
  })

  it('finds a newly published article on both after the notice, never a draft or an unpublished one', async () => {
    const stamp = Date.now().toString(36)
    const words = { published: `plimsoll${stamp}`, draft: `quagmire${stamp}`, unpublished: `zephyrine${stamp}` }
    await stack.admin.createDraftArticle({ title: `Draft ${words.draft}`, slug: `e2e-instances-draft-${stamp}`, text: `${words.draft} in a draft.` })
    const later = await stack.admin.createDraftArticle({ title: `Soon withdrawn ${words.unpublished}`, slug: `e2e-instances-withdrawn-${stamp}`, text: `${words.unpublished} for a while.` })
    const publishes = noticesAccepted('entry.publish')
    await stack.admin.publish(later)
    await waitUntil(async () => noticesAccepted('entry.publish') > publishes, 30_000)
    for (const instance of instances) await waitUntil(async () => (await found(instance.url, words.unpublished)).length === 1, 20_000, 250)

    // Both instances have searched (each built its index, the stamp is in Redis, not in a process).
    const client = new Redis(redis.url)
    try {
      expect(await client.keys('clinic:cache:search:version:*')).toHaveLength(1)
    } finally {
      client.disconnect()
    }
    for (const instance of instances) expect(await found(instance.url, words.published), instance.name).toEqual([])

    // Publish one article and withdraw the other; the notices go to the first instance only.
    const published = await stack.admin.createDraftArticle({ title: `New ${words.published}`, slug: `e2e-instances-new-${stamp}`, text: `${words.published} in the body.` })
    const before = { publish: noticesAccepted('entry.publish'), unpublish: noticesAccepted('entry.unpublish') }
    await stack.admin.publish(published)
    await stack.admin.unpublish(later)
    await waitUntil(async () => noticesAccepted('entry.publish') > before.publish && noticesAccepted('entry.unpublish') > before.unpublish, 30_000)
    const waited: string[] = []
    for (const instance of instances) {
      // Other instances see a clear within a second (their decoded page copies live that long).
      const ms = await waitUntil(async () => (await found(instance.url, words.published)).includes(`/articles/e2e-instances-new-${stamp}`), 20_000, 100)
      waited.push(`${instance.name}: ${ms} ms`)
      await waitUntil(async () => (await found(instance.url, words.unpublished)).length === 0, 20_000, 100)
    }
    console.info(`After the notices, the new article was found by ${waited.join(', ')}`)

    for (const instance of instances) {
      expect(await found(instance.url, words.published), instance.name).toEqual([`/articles/e2e-instances-new-${stamp}`])
      // In French too: the French search lists English entries that are not translated yet.
      expect(await found(instance.url, words.published, '/fr/recherche'), instance.name).toEqual([`/articles/e2e-instances-new-${stamp}`])
      expect(await found(instance.url, words.unpublished), instance.name).toEqual([])
      expect(await found(instance.url, words.unpublished, '/fr/recherche'), instance.name).toEqual([])
      expect(await found(instance.url, words.draft), instance.name).toEqual([])
      // The withdrawn article's page is gone on both as well.
      expect((await getPage(`${instance.url}/articles/e2e-instances-withdrawn-${stamp}`)).status, instance.name).toBe(404)
    }
    expect(textOf((await getPage(`${second.url}/search?q=${words.published}`)).html)).toContain(`New ${words.published}`)
  })

})

describe('cached CMS answers on two instances sharing Redis', () => {
  /** A signed notice for content type `uid`, sent to the instance the CMS notifies. */
  async function notify(uid: string) {
    const response = await sendNotice(stack.webUrl, stack.secret, { event: 'entry.update', model: uid.split('.').at(-1), uid })
    expect(response.status).toBe(200)
  }

  /** Which CMS reads the other instance makes for a page after `uid`'s notice reached the first one. */
  async function readsAfterNotice(uid: string, path: string): Promise<Record<string, number>> {
    expect((await getPage(`${second.url}${path}`)).status).toBe(200)
    cmsReads.clear()
    await notify(uid)
    // The page is rendered afresh (a new page version) as soon as the other instance has the new version.
    const reads = () => [...cmsReads.values()].reduce((sum, count) => sum + count, 0)
    await waitUntil(async () => (await getPage(`${second.url}${path}`)).status === 200 && reads() > 0, 5000)
    return Object.fromEntries(cmsReads)
  }

  it('an article notice reads the article again and keeps the clinic details and comments; a clinic notice the reverse', async () => {
    const { items } = await createContentClient({ endpoint: `${stack.cmsUrl}/graphql` }).listArticles()
    const article = `/articles/${items[0]!.slug}`
    // An unknown type (or a test ping) reads everything again; so every answer below is fresh (no
    // stale-while-revalidate refresh, which would add a read, comes in the middle).
    expect(Object.keys(await readsAfterNotice('api::something-new.something-new', article)).sort()).toEqual(['ApprovedComments', 'Clinic', 'PublishedArticle'])
    expect(await readsAfterNotice('api::article.article', article)).toEqual({ PublishedArticle: 1 })
    expect(await readsAfterNotice('api::clinic.clinic', article)).toEqual({ Clinic: 1 })
    expect(await readsAfterNotice('api::comment.comment', article)).toEqual({ ApprovedComments: 1 })
  })
})

// Last: it stops Redis for good (afterAll only cleans up).
describe('with Redis stopped', () => {
  it('still answers searches from each instance while Redis is down, instead of a 500', async () => {
    await redis.proc.kill()
    for (const instance of instances) {
      expect(await found(instance.url, 'emdr'), instance.name).toContain('/approaches/emdr')
      expect(await found(instance.url, 'emdr', '/fr/recherche'), instance.name).not.toEqual([])
    }
  })
})
