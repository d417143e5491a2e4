import { describe, expect, it } from 'vitest'
import { formatDate, formatTime, isValidSlug, isoDate, safeHref, shortTime, smsHref, telHref } from '#shared/utils/format'
import { imageAtLeast, imageSrcset, uploadPath } from '#shared/utils/media'

describe('safeHref', () => {
  it.each([
    ['https://988.ca', 'https://988.ca'],
    ['http://example.org/a', 'http://example.org/a'],
    ['/articles/x', '/articles/x'],
    ['#help', '#help'],
    ['mailto:info@example.org', 'mailto:info@example.org'],
    ['tel:988', 'tel:988'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['//evil.example/x', undefined],
    ['vbscript:x', undefined],
    ['', undefined],
  ])('turns %j into %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
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
