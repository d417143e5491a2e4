import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isValidSignature } from '../../server/utils/signature'

const secret = 'shared-secret'
const body = JSON.stringify({ event: 'entry.publish', model: 'article' })
const sign = (value: string, key = secret) => createHmac('sha256', key).update(value).digest('hex')

describe('isValidSignature', () => {
  it('accepts the hex HMAC-SHA256 of the raw body', () => {
    expect(isValidSignature(Buffer.from(body), sign(body), secret)).toBe(true)
  })

  it('accepts upper-case hex and a sha256= prefix', () => {
    expect(isValidSignature(body, `sha256=${sign(body).toUpperCase()}`, secret)).toBe(true)
  })

  it.each([
    ['a missing signature', undefined],
    ['an empty signature', ''],
    ['a signature made with another secret', sign(body, 'other')],
    ['a signature of another body', sign(`${body} `)],
    ['a truncated signature', sign(body).slice(0, 40)],
    ['a signature that is not hex', 'z'.repeat(64)],
  ])('refuses %s', (_, signature) => {
    expect(isValidSignature(body, signature, secret)).toBe(false)
  })

  it('refuses everything while no secret is configured', () => {
    expect(isValidSignature(body, sign(body, ''), '')).toBe(false)
  })
})
