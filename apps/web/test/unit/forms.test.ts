import { describe, expect, it } from 'vitest'
import { FORM_RETURN_PATHS, FORM_TOKEN_PATTERN, formAction, formIds } from '#shared/forms'
import { withFrameAncestors } from '../../server/utils/csp'
import { isSameSecret } from '../../server/utils/secrets'

describe('where a form may send the visitor back to', () => {
  it.each([
    ['inquiry', '/contact'],
    ['inquiry', '/therapists/maya-thompson'],
    ['comment', '/articles/why-people-self-injure'],
  ] as const)('accepts the %s form’s page %s', (form, path) => {
    expect(FORM_RETURN_PATHS[form].test(path)).toBe(true)
  })

  it.each([
    ['inquiry', '//evil.example'],
    ['inquiry', 'https://evil.example/contact'],
    ['inquiry', '/contact?next=https://evil.example'],
    ['inquiry', '/therapists/../admin'],
    ['inquiry', '/articles/some-article'],
    ['comment', '/articles/'],
    ['comment', '/articles/a/b'],
    ['comment', '/contact'],
  ] as const)('refuses %s → %s (no open redirect, no other page)', (form, path) => {
    expect(FORM_RETURN_PATHS[form].test(path)).toBe(false)
  })

  it('names the page in the form’s action, encoded', () => {
    expect(formAction('inquiry', '/therapists/maya-thompson')).toBe('/forms/inquiry?from=%2Ftherapists%2Fmaya-thompson')
  })

  it('uses the same element ids as public/js/forms.js expects', () => {
    const ids = formIds('comment')
    expect([ids.form, ids.errors, ids.sent, ids.field('body'), ids.error('body')]).toEqual(['comment-form', 'comment-errors', 'comment-sent', 'comment-body', 'comment-body-error'])
  })

  it('accepts only random-looking form tokens', () => {
    expect(FORM_TOKEN_PATTERN.test('9CkZmpeiY99Qeiz-aqGoqA')).toBe(true)
    expect(FORM_TOKEN_PATTERN.test('../../etc/passwd')).toBe(false)
    expect(FORM_TOKEN_PATTERN.test('short')).toBe(false)
  })
})

describe('secrets', () => {
  it('matches only the configured secret, and never an empty one', () => {
    expect(isSameSecret('s3cret', 's3cret')).toBe(true)
    expect(isSameSecret('s3cret ', 's3cret')).toBe(false)
    expect(isSameSecret('S3cret', 's3cret')).toBe(false)
    expect(isSameSecret('', '')).toBe(false)
    expect(isSameSecret('anything', '')).toBe(false)
    expect(isSameSecret(undefined, 's3cret')).toBe(false)
    expect(isSameSecret(['s3cret'], 's3cret')).toBe(false)
  })
})

describe('frame-ancestors for the preview', () => {
  it('replaces the directive and keeps the rest of the policy', () => {
    const csp = "default-src 'self'; frame-ancestors 'none'; script-src 'self';"
    expect(withFrameAncestors(csp, ['https://cms.example.ca'])).toBe("default-src 'self'; script-src 'self'; frame-ancestors https://cms.example.ca")
  })

  it('adds it when the policy has none', () => {
    expect(withFrameAncestors("default-src 'self'", ["'none'"])).toBe("default-src 'self'; frame-ancestors 'none'")
  })
})
