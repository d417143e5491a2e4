// The fetch the site sends its CMS queries with (server/utils/cms-fetch.ts), against a real HTTP
// server, alone and under the content client.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ContentClientError, createContentClient } from '@clinic/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsFetch } from '../../server/utils/cms-fetch'

let server: Server
let base: string
let connections = 0
const received: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] = []
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/graphql': (_req, res) => {
    res.setHeader('content-type', 'application/json')
    res.setHeader('x-answer', ['one', 'two'])
    res.end(JSON.stringify({ data: { topics: [{ slug: 'anxiety' }] } }))
  },
  '/empty': (_req, res) => {
    res.statusCode = 204
    res.end()
  },
  '/missing': (_req, res) => {
    res.statusCode = 404
    res.end('Not Found')
  },
  // Never answers: what a stuck CMS does.
  '/stuck': () => {},
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body })
      routes[req.url ?? '']?.(req, res)
    })
  })
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('cmsFetch', () => {
  it('sends the method, headers and text body, and gives back status, headers and body as fetch does', async () => {
    const response = await cmsFetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body: '{"query":"{ topics { slug } }"}' })
    expect(received.at(-1)).toMatchObject({ method: 'POST', url: '/graphql', body: '{"query":"{ topics { slug } }"}', headers: { 'content-type': 'application/json', authorization: 'Bearer t' } })
    expect(response).toBeInstanceOf(Response)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('x-answer')).toBe('one, two')
    await expect(response.json()).resolves.toEqual({ data: { topics: [{ slug: 'anxiety' }] } })
  })

  it('gives no body for a 204, and the status and text of an error page', async () => {
    const empty = await cmsFetch(`${base}/empty`)
    expect(empty.status).toBe(204)
    expect(empty.body).toBeNull()
    const missing = await cmsFetch(`${base}/missing`)
    expect([missing.status, missing.ok, await missing.text()]).toEqual([404, false, 'Not Found'])
  })

  it('keeps the connection to the CMS open between queries', async () => {
    const before = connections
    for (let query = 0; query < 5; query++) await (await cmsFetch(`${base}/graphql`, { method: 'POST', body: '{}' })).text()
    expect(connections - before).toBeLessThanOrEqual(1)
  })

  it('stops waiting when its signal aborts, with an AbortError', async () => {
    const controller = new AbortController()
    const pending = cmsFetch(`${base}/stuck`, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('refuses a body that is not text', async () => {
    await expect(cmsFetch(`${base}/graphql`, { method: 'POST', body: new Uint8Array([1]) })).rejects.toThrow(/text bodies only/)
  })
})

describe('the content client over cmsFetch', () => {
  it('reads through it', async () => {
    const client = createContentClient({ endpoint: `${base}/graphql`, fetch: cmsFetch })
    expect((await client.listTopics()).map((topic) => topic.slug)).toEqual(['anxiety'])
  })

  it('reports a CMS that never answers as a timeout', async () => {
    const client = createContentClient({ endpoint: `${base}/stuck`, fetch: cmsFetch, timeoutMs: 100 })
    const error = await client.listTopics().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ContentClientError)
    expect((error as ContentClientError).kind).toBe('timeout')
  })

  it('reports a CMS that is not there as a network error that names the reason', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    const client = createContentClient({ endpoint: `http://127.0.0.1:${port}/graphql`, fetch: cmsFetch })
    const error = await client.listTopics().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ContentClientError)
    expect((error as ContentClientError).kind).toBe('network')
    expect((error as ContentClientError).message).toMatch(/ECONNREFUSED/)
  })
})
