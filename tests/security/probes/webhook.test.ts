// The website's /api/revalidate makes every cached page old when the CMS says content changed. An
// outsider must not be able to trigger it at will (a cheap way to make every visit a full render):
// unsigned, mis-signed, outdated, future-dated and replayed notices are all refused. The notice
// format is the CMS's (apps/cms/src/site/revalidate-site.ts):
//   x-clinic-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
import { createHmac, randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { expectRefused, stack, web } from '../support/http'

const notice = () => JSON.stringify({ id: randomUUID(), event: 'entry.publish', model: 'article', uid: 'api::article.article', createdAt: new Date().toISOString() })

function sign(body: string, { secret = stack().revalidateSecret, at = new Date() }: { secret?: string; at?: Date } = {}): string {
  const t = Math.floor(at.getTime() / 1000)
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`
}

const post = (body: string, signature?: string) =>
  web('/api/revalidate', { method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { 'x-clinic-signature': signature } : {}) }, body })

describe('the revalidation webhook', () => {
  it.each([
    ['unsigned', () => { const body = notice(); return [body, undefined] as const }],
    ['signed with a guessed secret', () => { const body = notice(); return [body, sign(body, { secret: 'revalidate' })] as const }],
    ['signed over another body', () => [notice(), sign(notice())] as const],
    ['signed the old way (HMAC of the body, no timestamp)', () => { const body = notice(); return [body, createHmac('sha256', stack().revalidateSecret).update(body).digest('hex')] as const }],
    ['dated 2020', () => { const body = notice(); return [body, sign(body, { at: new Date('2020-06-01T00:00:00Z') })] as const }],
    ['dated an hour ago', () => { const body = notice(); return [body, sign(body, { at: new Date(Date.now() - 3600_000) })] as const }],
    ['dated tomorrow', () => { const body = notice(); return [body, sign(body, { at: new Date(Date.now() + 86_400_000) })] as const }],
    ['with the timestamp changed after signing', () => {
      const body = notice()
      const signature = sign(body, { at: new Date('2020-06-01T00:00:00Z') }).replace(/^t=\d+/, `t=${Math.floor(Date.now() / 1000)}`)
      return [body, signature] as const
    }],
  ])('a notice %s is refused', async (_name, make) => {
    const [body, signature] = make()
    const result = await post(body, signature)
    expectRefused(result, [401])
  })

  it('a replayed notice is refused (the first copy is taken)', async () => {
    const body = notice()
    const signature = sign(body)
    expect((await post(body, signature)).status).toBe(200)
    expectRefused(await post(body, signature), [409])
  })

  it('GET is not a way in', async () => {
    expectRefused(await web('/api/revalidate'), [404, 405])
  })
})
