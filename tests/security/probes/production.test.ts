// The CMS as the clinic runs it: NODE_ENV=production with every secret set (and the demo and
// first-admin variables set too, to prove they are ignored). Its own boot, for this file only:
// no GraphQL landing page loading Apollo's CDN, no introspection, no stack traces or server paths
// in errors, no demo accounts, no password in the environment that logs anyone in.
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCmsProcess, type CmsProcess } from '@clinic/testing'
import { expectNoInternals, expectRefused, postFrom, randomLoopback, send } from '../support/http'
import { stackSecrets } from '../support/stack-info'

let cms: CmsProcess
const secrets = stackSecrets(() => randomBytes(24).toString('base64url'))

beforeAll(async () => {
  cms = await startCmsProcess({ env: { ...secrets.cms, NODE_ENV: 'production' } })
})
afterAll(async () => {
  await cms?.stop()
  cms?.cleanup()
})

const graphql = (body: unknown) => send(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

describe('production mode', () => {
  it('GET /graphql from a browser is no landing page and loads nothing from a CDN', async () => {
    const result = await send(`${cms.url}/graphql`, { headers: { accept: 'text/html' } })
    // A plain page saying what the endpoint is would be fine; Apollo's loads its sandbox from a CDN.
    expect(result.text).not.toMatch(/apollographql\.com|embeddable-sandbox|<script|https?:\/\/[^"'\s]*cdn/i)
    expect(result.status).toBeLessThan(500)
  })

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Article") { fields { name } } }'],
  ])('introspection through %s is refused', async (_name, query) => {
    const result = await graphql({ query })
    expect(result.json.errors?.length ?? 0).toBeGreaterThan(0)
    expect(result.json.data?.__schema ?? result.json.data?.__type ?? null).toBeNull()
    expectNoInternals(result)
  })

  it.each([
    ['a syntax error', { query: '{ articles { title ' }],
    ['an unknown field', { query: '{ articles { nope } }' }],
    ['too deep', { query: '{ therapists { articles { author { articles { author { articles { author { articles { title } } } } } } } } }' }],
    ['a bad variable', { query: 'query ($n: Int) { articles(pagination: { limit: $n }) { title } }', variables: { n: 'many' } }],
  ])('a GraphQL error (%s) carries no stack trace or server path', async (_name, body) => {
    const result = await graphql(body)
    expect(result.status).toBeLessThan(500)
    expect(result.text).not.toContain('stacktrace')
    expectNoInternals(result)
  })

  it.each([
    ['a bad filter', '/api/articles?filters[nope][$eq]=1'],
    ['a bad sort', '/api/articles?sort[0][$where]=1'],
    ['an unknown route', '/api/nothing-here'],
  ])('a REST error (%s) carries no stack trace or server path', async (_name, path) => {
    const result = await send(`${cms.url}${path}`)
    expect(result.status).toBeLessThan(500)
    expectNoInternals(result)
  })

  it.each([
    ['the demo Author', 'author@clinic.local', secrets.known.demoPassword],
    ['the demo Editor', 'editor@clinic.local', secrets.known.demoPassword],
    ['ADMIN_EMAIL / ADMIN_PASSWORD', secrets.known.adminEmail, secrets.known.adminPassword],
  ])('%s cannot log in', async (_name, email, password) => {
    const result = await postFrom(randomLoopback(), `${cms.url}/admin/login`, { email, password })
    expectRefused({ ...result, headers: new Headers(), json: undefined }, [400, 401])
    expect(result.text).not.toMatch(/"token":"/)
  })
})
