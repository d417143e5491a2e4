// The search's words: folding, highlights as text segments, excerpts, crisis words, finder values.
import { describe, expect, it } from 'vitest'
import { isCrisisQuery } from '#shared/search/crisis'
import { normaliseQuery } from '#shared/search/limits'
import { excerptAround, foldText, highlight, queryTerms } from '#shared/search/text'
import { languageKey, matchesFilters, normaliseFinderValue } from '#shared/finder'

describe('folding', () => {
  it('ignores accents and case in both languages', () => {
    expect(foldText('Anxiété')).toBe('anxiete')
    expect(foldText('ÉLÈVE Œuvre')).toBe('eleve oeuvre')
    expect(queryTerms('L’anxiété et le stress')).toEqual(['anxiete', 'stress'])
  })

  it('normalises a query to one canonical form', () => {
    expect(normaliseQuery('  Anxi\u0065\u0301té   et  STRESS ')).toBe('anxiété et stress')
  })
})

describe('highlights', () => {
  it('marks found words whatever their accents, as text', () => {
    const segments = highlight('Living with anxiété, and ANXIETE again.', new Set(['anxiete']))
    expect(segments).toEqual([{ text: 'Living with ' }, { text: 'anxiété', hit: true }, { text: ', and ' }, { text: 'ANXIETE', hit: true }, { text: ' again.' }])
  })

  it('keeps markup in content as plain text segments', () => {
    const segments = highlight('<img src=x onerror=alert(1)> trauma', new Set(['trauma']))
    expect(segments.map((segment) => segment.text).join('')).toBe('<img src=x onerror=alert(1)> trauma')
    expect(segments.at(-1)).toEqual({ text: 'trauma', hit: true })
  })

  it('cuts an excerpt around the first found word', () => {
    const text = `${'Words before. '.repeat(40)}Here is EMDR explained. ${'Words after. '.repeat(40)}`
    const excerpt = excerptAround(text, new Set(['emdr']), 120)
    expect(excerpt).toContain('EMDR')
    expect(excerpt.startsWith('… ')).toBe(true)
    expect(excerpt.endsWith(' …')).toBe(true)
    expect(excerpt.length).toBeLessThanOrEqual(126)
  })
})

describe('crisis words', () => {
  it.each(['suicide', 'Suicidal thoughts', 'self-harm', 'SELF HARM', 'kill myself', 'i want to kill myself', 'me tuer', 'automutilation', 'idées suicidaires', 'Je veux me suicider'])(
    'finds « %s »',
    (query) => expect(isCrisisQuery(query)).toBe(true),
  )
  it.each(['anxiety', 'EMDR', 'self-compassion', 'harmony', 'tuer le temps'])('leaves « %s » alone', (query) => expect(isCrisisQuery(query)).toBe(false))
})

describe('finder values', () => {
  it('keeps only values a filter can take', () => {
    expect(normaliseFinderValue('format', 'Video')).toBe('video')
    expect(normaliseFinderValue('format', 'fax')).toBeNull()
    expect(normaliseFinderValue('funding', 'jordans-principle')).toBe('jordans-principle')
    expect(normaliseFinderValue('accepting', 'no')).toBeNull()
    expect(normaliseFinderValue('approach', '<script>')).toBeNull()
    expect(languageKey('Français')).toBe('francais')
  })

  it('requires every chosen filter', () => {
    const therapist = {
      acceptingNewClients: true,
      offersVideo: true,
      offersPhone: false,
      billsNihb: true,
      billsJordansPrinciple: false,
      billsBenefits: false,
      billsPrivate: true,
      approaches: [{ name: 'EMDR', slug: 'emdr' }],
      languages: [{ text: 'Français' }],
    }
    expect(matchesFilters(therapist, { format: 'video', funding: 'nihb', approach: 'emdr', language: 'francais', accepting: 'yes' })).toBe(true)
    expect(matchesFilters(therapist, { format: 'phone' })).toBe(false)
    expect(matchesFilters(therapist, { funding: 'jordans-principle' })).toBe(false)
    expect(matchesFilters(therapist, { language: 'english' })).toBe(false)
  })
})
