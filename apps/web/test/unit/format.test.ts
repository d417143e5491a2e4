import { describe, expect, it } from 'vitest'
import { formatDate, formatTime, isExternalHref, isValidSlug, isoDate, safeHref, safeLink, shortTime, smsHref, telHref } from '#shared/utils/format'
import { imageAtLeast, imageSrcset, uploadPath } from '#shared/utils/media'

describe('safeLink: staff-written links', () => {
  it.each([
    ['https://988.ca', 'https://988.ca/'],
    ['http://example.org/a?b=1#c', 'http://example.org/a?b=1#c'],
    ['  https://988.ca/help  ', 'https://988.ca/help'],
    ['HTTPS://Example.ORG', 'https://example.org/'],
  ])('%j is a link to another site: %j', (input, href) => {
    expect(safeLink(input)).toEqual({ href, external: true })
    expect(isExternalHref(input)).toBe(true)
  })

  it.each([
    ['/articles/x', '/articles/x'],
    ['/articles/x?page=2#top', '/articles/x?page=2#top'],
    ['#help', '#help'],
    ['/', '/'],
    [' /get-help', '/get-help'],
  ])('%j is a page of this site: %j', (input, href) => {
    expect(safeLink(input)).toEqual({ href, external: false })
    expect(isExternalHref(input)).toBe(false)
  })

  // The tricks that look like a path of this site but take the browser to another host: each is
  // either a link to another site (with rel) or not a link at all, never an on-site link.
  it.each([
    ['protocol-relative', '//evil.example/x', 'https://evil.example/x'],
    ['backslash after the slash', '/\\evil.example', 'https://evil.example/'],
    ['backslash first', '\\/evil.example', 'https://evil.example/'],
    ['two backslashes', '\\\\evil.example/x', 'https://evil.example/x'],
    ['a tab inside the slashes', '/\t/evil.example', 'https://evil.example/'],
    ['a newline inside the slashes', '/\n/evil.example', 'https://evil.example/'],
    ['leading spaces', '   //evil.example', 'https://evil.example/'],
    ['leading control characters', '\u0001\u001f//evil.example', 'https://evil.example/'],
    ['a scheme without slashes', 'http:evil.example', 'http://evil.example/'],
    ['dot segments', '/./\\evil.example', undefined],
    ['an encoded slash', '/%2F%2Fevil.example', undefined],
    ['an encoded backslash', '/%5Cevil.example', undefined],
    ['a lower-case encoded backslash', '/%5cevil.example', undefined],
    ['a twice-encoded slash', '/%252F%252Fevil.example', undefined],
    ['a broken escape', '/%E0%A4%A', undefined],
  ])('%s (%j) never renders as a link of this site', (_, input, externalHref) => {
    const link = safeLink(input)
    if (externalHref === undefined) expect(link).toBeUndefined()
    else expect(link).toEqual({ href: externalHref, external: true })
    expect(safeHref(input)?.startsWith('/') && !safeHref(input)?.startsWith('//')).not.toBe(true)
  })

  it.each([
    ['javascript:alert(1)'],
    [' JavaScript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['\u0008 javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['  data:image/svg+xml;base64,PHN2Zz4='],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['blob:https://988.ca/1'],
    ['ftp://example.org'],
    ['https://988.ca@evil.example/'],
    ['https://user:pass@example.org/'],
    ['articles/relative'],
    ['evil.example'],
    [''],
    ['   '],
    [null],
    [undefined],
  ])('%j is not a link at all', (input) => {
    expect(safeLink(input)).toBeUndefined()
    expect(safeHref(input)).toBeUndefined()
  })

  it.each([
    ['mailto:info@example.org', 'mailto:info@example.org'],
    ['tel:988', 'tel:988'],
    ['sms:686868', 'sms:686868'],
  ])('%j stays a mail or phone link (no rel needed): %j', (input, href) => {
    expect(safeLink(input)).toEqual({ href, external: false })
  })
})

describe('phone links', () => {
  it.each([
    ['705-535-1639', 'tel:+17055351639'],
    ['1-855-242-3310', 'tel:+18552423310'],
    ['988', 'tel:988'],
    ['911', 'tel:911'],
  ])('calls %s with %s', (phone, href) => {
    expect(telHref(phone)).toBe(href)
  })

  it('texts a short code', () => {
    expect(smsHref('686868')).toBe('sms:686868')
  })
})

describe('dates and times', () => {
  it('formats a calendar date without moving it to the day before', () => {
    expect(formatDate('2026-03-01')).toBe('March 1, 2026')
  })

  it('formats a timestamp in the clinic time zone', () => {
    expect(formatDate('2026-03-02T03:00:00.000Z')).toBe('March 1, 2026')
  })

  it('returns nothing for a missing or broken date', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('not a date')).toBe('')
  })

  it('takes the date part for JSON-LD', () => {
    expect(isoDate('2026-03-02T03:00:00.000Z')).toBe('2026-03-02')
    expect(isoDate(undefined)).toBeUndefined()
  })

  it('formats Strapi times', () => {
    expect(formatTime('09:00:00.000')).toMatch(/^9:00\sa\.m\.$/)
    expect(formatTime('17:30:00.000')).toMatch(/^5:30\sp\.m\.$/)
    expect(shortTime('17:30:00.000')).toBe('17:30')
  })
})

describe('isValidSlug', () => {
  it.each([
    ['why-people-self-injure', true],
    ['dbt', true],
    ['a.b_c~d', true],
    ['../etc/passwd', false],
    ['with space', false],
    ['', false],
    [42, false],
  ])('%j → %s', (value, valid) => {
    expect(isValidSlug(value)).toBe(valid)
  })
})

describe('images', () => {
  const image = {
    url: '/uploads/photo_abc.jpg',
    width: 2000,
    height: 1000,
    formats: {
      thumbnail: { url: '/uploads/thumbnail_photo_abc.jpg', width: 245, height: 123 },
      small: { url: '/uploads/small_photo_abc.jpg', width: 500, height: 250 },
      medium: { url: '/uploads/medium_photo_abc.jpg', width: 750, height: 375 },
      large: { url: '/uploads/large_photo_abc.jpg', width: 1000, height: 500 },
    },
  }

  it('lists the sizes Strapi made, smallest first, without the cropped thumbnail', () => {
    expect(imageSrcset(image)).toBe(
      '/uploads/small_photo_abc.jpg 500w, /uploads/medium_photo_abc.jpg 750w, /uploads/large_photo_abc.jpg 1000w, /uploads/photo_abc.jpg 2000w',
    )
  })

  it('picks the smallest size wide enough', () => {
    expect(imageAtLeast(image, 600)?.url).toBe('/uploads/medium_photo_abc.jpg')
    expect(imageAtLeast(image, 1500)?.url).toBe('/uploads/photo_abc.jpg')
  })

  it('keeps images on this site: CMS-absolute upload URLs become paths, anything else is dropped', () => {
    expect(uploadPath('/uploads/a.jpg')).toBe('/uploads/a.jpg')
    expect(uploadPath('http://cms:1337/uploads/a.jpg')).toBe('/uploads/a.jpg')
    expect(uploadPath('https://tracker.example/pixel.gif')).toBeUndefined()
    expect(uploadPath(null)).toBeUndefined()
  })
})
