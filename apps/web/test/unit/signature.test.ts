import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { checkNoticeSignature, NOTICE_TOLERANCE_SECONDS } from '../../server/utils/signature'

const secret = 'shared-secret'
const body = JSON.stringify({ event: 'entry.publish', model: 'article' })
const now = new Date('2026-12-01T12:00:00Z')
const nowSeconds = now.getTime() / 1000
const mac = (text: string, key = secret) => createHmac('sha256', key).update(text).digest('hex')
/** What the CMS sends (apps/cms/src/site/revalidate-site.ts). */
const header = (t: number = nowSeconds, signedBody = body, key = secret) => `t=${t},v1=${mac(`${t}.${signedBody}`, key)}`

describe('checkNoticeSignature', () => {
  it('accepts a notice signed with its timestamp, and says which signature it matched', () => {
    const given = header()
    expect(checkNoticeSignature(Buffer.from(body), given, secret, now)).toEqual({ ok: true, timestamp: nowSeconds, signature: given.split('v1=')[1] })
  })

  it.each([
    ['upper-case hex', `t=${nowSeconds},v1=${mac(`${nowSeconds}.${body}`).toUpperCase()}`],
    ['spaces around the parts', ` t=${nowSeconds} , v1=${mac(`${nowSeconds}.${body}`)} `],
    ['a second v1 for a rotated secret', `t=${nowSeconds},v1=${mac(`${nowSeconds}.${body}`, 'old-secret')},v1=${mac(`${nowSeconds}.${body}`)}`],
    ['4 minutes 59 s old', header(nowSeconds - 299)],
    ['4 minutes 59 s ahead (a fast clock)', header(nowSeconds + 299)],
    ['exactly at the edge of the window', header(nowSeconds - NOTICE_TOLERANCE_SECONDS)],
  ])('accepts %s', (_, given) => {
    expect(checkNoticeSignature(body, given, secret, now).ok).toBe(true)
  })

  it.each([
    ['no header', undefined, 'missing', /^Missing signature/],
    ['an empty header', '', 'missing', /^Missing signature/],
    ['the old body-only hex signature', mac(body), 'malformed', /^Malformed signature: x-clinic-signature must be "t=/],
    ['no timestamp', `v1=${mac(`${nowSeconds}.${body}`)}`, 'malformed', /^Malformed/],
    ['no v1', `t=${nowSeconds}`, 'malformed', /^Malformed/],
    ['two timestamps', `t=${nowSeconds},t=${nowSeconds - 10},v1=${mac(`${nowSeconds}.${body}`)}`, 'malformed', /^Malformed/],
    ['a timestamp that is not a number', `t=now,v1=${mac(`now.${body}`)}`, 'malformed', /^Malformed/],
    ['a negative timestamp', `t=-5,v1=${mac(`-5.${body}`)}`, 'malformed', /^Malformed/],
    ['a part without =', `t=${nowSeconds},v1`, 'malformed', /^Malformed/],
    ['another secret', header(nowSeconds, body, 'wrong-secret'), 'signature', /^Invalid signature$/],
    ['another body', header(nowSeconds, `${body} `), 'signature', /^Invalid signature$/],
    ['a timestamp changed after signing', `t=${nowSeconds + 1},v1=${mac(`${nowSeconds}.${body}`)}`, 'signature', /^Invalid signature$/],
    ['a truncated signature', `t=${nowSeconds},v1=${mac(`${nowSeconds}.${body}`).slice(0, 40)}`, 'signature', /^Invalid signature$/],
    ['a signature that is not hex', `t=${nowSeconds},v1=${'z'.repeat(64)}`, 'signature', /^Invalid signature$/],
    ['a notice dated 2020', header(Date.UTC(2020, 0, 1) / 1000), 'window', /^Notice dated 2020-01-01T00:00:00.000Z is not within 5 minutes of this server's clock: refused$/],
    ['a notice 5 minutes 1 s old', header(nowSeconds - 301), 'window', /not within 5 minutes/],
    ['a notice dated 10 minutes ahead', header(nowSeconds + 600), 'window', /not within 5 minutes/],
  ])('refuses %s', (_, given, problem, message) => {
    const check = checkNoticeSignature(body, given, secret, now)
    expect(check).toMatchObject({ ok: false, problem })
    expect(check.ok === false && check.message).toMatch(message)
  })

  it('checks the signature before the date: an unsigned old notice is told only "Invalid signature"', () => {
    const check = checkNoticeSignature(body, `t=1577836800,v1=${'a'.repeat(64)}`, secret, now)
    expect(check).toEqual({ ok: false, problem: 'signature', message: 'Invalid signature' })
  })

  it('refuses everything while no secret is configured', () => {
    expect(checkNoticeSignature(body, header(nowSeconds, body, ''), '', now).ok).toBe(false)
  })
})
