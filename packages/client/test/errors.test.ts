import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { ContentClientError, createContentClient } from '../src/index.js'
import { fakeFetch, json } from './fake-fetch.js'

const endpoint = 'http://cms.test/graphql'

async function failure(promise: Promise<unknown>): Promise<ContentClientError> {
  const error = await promise.then(
    () => { throw new Error('expected the request to fail') },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ContentClientError)
  return error as ContentClientError
}

describe('ContentClientError', () => {
  it.each([
    {
      what: 'a connection that fails',
      reply: () => { throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1337') }) },
      kind: 'network',
      status: undefined,
      message: 'ArticleList (http://cms.test/graphql): fetch failed (connect ECONNREFUSED 127.0.0.1:1337)',
    },
    {
      what: 'an HTTP error page',
      reply: () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
      kind: 'http',
      status: 502,
      message: 'ArticleList (http://cms.test/graphql): HTTP 502',
    },
    {
      what: 'a 404 from a wrong URL',
      reply: () => json({ data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } }, 404),
      kind: 'http',
      status: 404,
      message: 'ArticleList (http://cms.test/graphql): HTTP 404 (is this the CMS GraphQL endpoint?)',
    },
    {
      what: 'a 200 that is not GraphQL JSON',
      reply: () => new Response('<!doctype html><p>Welcome</p>', { status: 200, headers: { 'content-type': 'text/html' } }),
      kind: 'http',
      status: undefined,
      message: /^ArticleList \(http:\/\/cms\.test\/graphql\): the answer is not GraphQL JSON: /,
    },
    {
      what: 'GraphQL errors',
      reply: () => json({ data: null, errors: [{ message: 'Forbidden access' }, { message: 'Another one' }] }),
      kind: 'graphql',
      status: 200,
      message: 'ArticleList (http://cms.test/graphql): Forbidden access; Another one',
    },
    {
      what: "the CMS's page-size limit (a 400 with GraphQL errors)",
      reply: () => json({ errors: [{ message: 'pagination.pageSize 1000 is above the maximum page size of 100; ask for 100 or fewer and page through the rest.' }] }, 400),
      kind: 'graphql',
      status: 400,
      message: 'ArticleList (http://cms.test/graphql): pagination.pageSize 1000 is above the maximum page size of 100; ask for 100 or fewer and page through the rest.',
    },
    {
      what: "Strapi's depth limit",
      reply: () => json({ errors: [{ message: "'ArticleList' exceeds maximum operation depth of 7", extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, 400),
      kind: 'graphql',
      status: 400,
      message: "ArticleList (http://cms.test/graphql): 'ArticleList' exceeds maximum operation depth of 7",
    },
  ] as const)('is of kind $kind for $what', async ({ reply, kind, status, message }) => {
    const { fetch } = fakeFetch(reply as () => Response)
    const error = await failure(createContentClient({ endpoint, fetch }).listArticles())

    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.endpoint).toBe(endpoint)
    expect(error.operation).toBe('ArticleList')
    expect(error.name).toBe('ContentClientError')
    expect(error.message).toMatch(message)
    expect(error.cause).toBeDefined()
  })
})

describe('timeout', () => {
  it('aborts the request and fails with kind timeout', async () => {
    let signal: AbortSignal | undefined
    const { fetch } = fakeFetch(
      (request) =>
        new Promise<Response>((_, reject) => {
          signal = request.signal
          request.signal?.addEventListener('abort', () => reject(request.signal?.reason))
        }),
    )
    const started = Date.now()
    const error = await failure(createContentClient({ endpoint, fetch, timeoutMs: 30 }).getClinic())

    expect(error.kind).toBe('timeout')
    expect(error.message).toBe('Clinic (http://cms.test/graphql): no answer within 30 ms, request aborted')
    expect(signal?.aborted).toBe(true)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('still fails on time when a custom fetch ignores the abort signal', async () => {
    const { fetch } = fakeFetch(() => new Promise<Response>(() => {}))
    const error = await failure(createContentClient({ endpoint, fetch, timeoutMs: 30 }).listTopics())
    expect(error.kind).toBe('timeout')
  })

  it('can be turned off with timeoutMs: 0', async () => {
    const { fetch, sent } = fakeFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      return json({ data: { topics: [] } })
    })
    await expect(createContentClient({ endpoint, fetch, timeoutMs: 0 }).listTopics()).resolves.toEqual([])
    expect(sent[0]!.signal?.aborted).toBe(false)
  })
})

// The same failures through the real fetch and a real socket (a local server on port 0).
describe('with the real fetch', () => {
  let server: Server | undefined
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler)
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/graphql`
  }

  it('closes the connection when the timeout fires', async () => {
    let closed: Promise<void> | undefined
    const url = await listen((request) => {
      closed = new Promise((resolve) => request.socket.once('close', () => resolve()))
    })
    const error = await failure(createContentClient({ endpoint: url, timeoutMs: 100 }).listTopics())
    expect(error.kind).toBe('timeout')
    await expect(closed).resolves.toBeUndefined()
  })

  it('reports a refused connection as kind network', async () => {
    const url = await listen(() => {})
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    server = undefined
    const error = await failure(createContentClient({ endpoint: url }).listTopics())
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(/ECONNREFUSED/)
  })
})
