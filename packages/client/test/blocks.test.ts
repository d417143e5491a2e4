import { describe, expect, it } from 'vitest'
import { blocksToPlainText, readingMinutes, withImageAlts, type Blocks } from '../src/index.js'

const text = (value: string, marks: object = {}) => ({ type: 'text' as const, text: value, ...marks })

const article: Blocks = [
  { type: 'heading', level: 2, children: [text('Self-injury is a way of coping')] },
  { type: 'paragraph', children: [text('Call '), { type: 'link', url: 'tel:+17055351639', children: [text('705-535-1639')] }, text(' any time.', { bold: true })] },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [text('Mindfulness')] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('Breathing')] }] },
      { type: 'list-item', children: [text('Distress tolerance')] },
    ],
  },
  { type: 'quote', children: [text('It gets easier.')] },
  { type: 'code', children: [text('const x = 1')] },
  { type: 'image', image: { url: '/uploads/a.jpg', alternativeText: 'A lake', width: 10, height: 10 }, children: [text('')] },
  { type: 'paragraph', children: [text('')] },
]

describe('blocksToPlainText', () => {
  it('joins blocks with blank lines, list items with line breaks, and leaves out images and empty paragraphs', () => {
    expect(blocksToPlainText(article)).toBe(
      [
        'Self-injury is a way of coping',
        'Call 705-535-1639 any time.',
        'Mindfulness\nBreathing\nDistress tolerance',
        'It gets easier.',
        'const x = 1',
      ].join('\n\n'),
    )
  })

  it.each([null, undefined, [], 'not blocks' as unknown as Blocks])('gives an empty string for %j', (blocks) => {
    expect(blocksToPlainText(blocks)).toBe('')
  })
})

describe('readingMinutes', () => {
  const words = (n: number): Blocks => [{ type: 'paragraph', children: [text(Array.from({ length: n }, () => 'word').join(' '))] }]

  it.each([
    [0, 200, 0],
    [1, 200, 1],
    [299, 200, 1],
    [300, 200, 2],
    [1000, 200, 5],
    [1000, 100, 10],
  ])('reads %i words at %i words a minute in %i minutes', (count, wpm, minutes) => {
    expect(readingMinutes(words(count), wpm)).toBe(minutes)
  })

  it('gives 0 for a missing field', () => {
    expect(readingMinutes(null)).toBe(0)
  })
})

describe('withImageAlts', () => {
  const picture = (url: string, alternativeText = 'A forest trail') => ({ type: 'image' as const, image: { url, alternativeText }, children: [text('')] })
  const body: Blocks = [{ type: 'paragraph', children: [text('Before.')] }, picture('/uploads/trail.png'), picture('/uploads/lake.png', 'A lake')]

  it('gives each picture the alt text given for its file in this language, and leaves the others', () => {
    const result = withImageAlts(body, [{ alt: ' Un sentier en forêt ', image: { url: '/uploads/trail.png' } }, { alt: 'Ailleurs', image: { url: '/uploads/other.png' } }])
    expect(result).toEqual([body[0], picture('/uploads/trail.png', 'Un sentier en forêt'), picture('/uploads/lake.png', 'A lake')])
    expect(body[1]).toEqual(picture('/uploads/trail.png')) // the input is not changed
  })

  it.each([
    ['no entries', []],
    ['null', null],
    ['a blank alt', [{ alt: '  ', image: { url: '/uploads/trail.png' } }]],
    ['an entry without its picture', [{ alt: 'Un sentier', image: null }]],
  ])('keeps the Media Library text with %s', (_, alts) => {
    expect(withImageAlts(body, alts)).toEqual(body)
  })
})
