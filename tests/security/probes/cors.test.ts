// Another site's page, running in a visitor's or a staff member's browser, must not read the CMS's
// answers: REST and GraphQL follow the same allow-list (CORS_ORIGINS), preflights from a foreign
// origin are not granted, and the preview-secret header is never advertised as allowed.
import { describe, expect, it } from 'vitest'
import { cms, type Answer } from '../support/http'

const FOREIGN = ['https://evil.example', 'null', 'http://localhost:3000.evil.example', 'http://127.0.0.1:1']
const QUERY = JSON.stringify({ query: '{ articles { title } }' })

function expectNotGranted(result: Answer, origin: string) {
  const allowed = result.headers.get('access-control-allow-origin')
  expect(allowed === null || (allowed !== '*' && allowed !== origin), `access-control-allow-origin: ${allowed}`).toBe(true)
  expect(result.status).toBeLessThan(500)
}

describe('CORS', () => {
  it.each(FOREIGN)('REST read from origin %s', async (origin) => {
    expectNotGranted(await cms('/api/articles', { headers: { origin } }), origin)
  })

  it.each(FOREIGN)('GraphQL read from origin %s', async (origin) => {
    expectNotGranted(await cms('/graphql', { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: QUERY }), origin)
  })

  it.each([
    ['/graphql', 'content-type'],
    ['/graphql', 'x-clinic-preview-secret'],
    ['/api/articles', 'authorization'],
    ['/admin/login', 'content-type'],
  ])('preflight for %s with %s from a foreign origin', async (path, header) => {
    const origin = 'https://evil.example'
    const result = await cms(path, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': header },
    })
    expectNotGranted(result, origin)
    expect(result.headers.get('access-control-allow-credentials') === 'true' && result.headers.get('access-control-allow-origin') === origin).toBe(false)
  })

  it('no preflight, from any origin, advertises the preview-secret header', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:3000']) {
      const result = await cms('/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-clinic-preview-secret' },
      })
      expect(result.headers.get('access-control-allow-headers') ?? '').not.toMatch(/x-clinic-preview-secret/i)
    }
  })

  it('an origin on the allow-list is still granted (the list is applied, not everything closed)', async () => {
    const origin = 'http://localhost:3000'
    const rest = await cms('/api/articles', { headers: { origin } })
    const graphql = await cms('/graphql', { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: QUERY })
    expect(rest.headers.get('access-control-allow-origin')).toBe(origin)
    expect(graphql.headers.get('access-control-allow-origin')).toBe(origin)
  })
})
