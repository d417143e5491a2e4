import { describe, expect, it } from 'vitest'
import type { BlockNode, ListBlock } from '@clinic/client'
import { groupListChildren, headingLevels } from '~/utils/blocks'

const heading = (level: number): BlockNode => ({ type: 'heading', level: level as 1, children: [{ type: 'text', text: `h${level}` }] })
const paragraph: BlockNode = { type: 'paragraph', children: [{ type: 'text', text: 'text' }] }

describe('headingLevels', () => {
  it.each([
    { authored: [2, 3, 3, 2], rendered: [2, 3, 3, 2] },
    { authored: [1, 2, 1], rendered: [2, 3, 2] },
    { authored: [2, 4, 5], rendered: [2, 3, 4] },
    { authored: [3, 3], rendered: [2, 2] },
    { authored: [6, 2], rendered: [2, 2] },
  ])('renders authored levels $authored as $rendered under the page h1', ({ authored, rendered }) => {
    expect(headingLevels(authored.map(heading))).toEqual(rendered)
  })

  it('gives non-heading blocks no level', () => {
    expect(headingLevels([paragraph, heading(2), paragraph])).toEqual([undefined, 2, undefined])
  })

  it('starts at the given base (a section under an h2)', () => {
    expect(headingLevels([heading(2), heading(3)], 3)).toEqual([3, 4])
  })

  it('never goes past h6', () => {
    expect(headingLevels([1, 2, 3, 4, 5, 6].map(heading))).toEqual([2, 3, 4, 5, 6, 6])
  })
})

describe('groupListChildren', () => {
  const item = (text: string) => ({ type: 'list-item' as const, children: [{ type: 'text' as const, text }] })
  const nested: ListBlock = { type: 'list', format: 'unordered', children: [item('child')] }

  it('puts a nested list inside the item before it', () => {
    const entries = groupListChildren([item('a'), nested, item('b')])
    expect(entries).toHaveLength(2)
    expect(entries[0]!.item?.children[0]).toMatchObject({ text: 'a' })
    expect(entries[0]!.nested).toEqual([nested])
    expect(entries[1]!.nested).toEqual([])
  })

  it('keeps a nested list that comes first in an item of its own', () => {
    expect(groupListChildren([nested, item('a')])).toEqual([{ nested: [nested] }, { item: item('a'), nested: [] }])
  })

  it('ignores missing and unknown children', () => {
    expect(groupListChildren(undefined)).toEqual([])
    expect(groupListChildren([null as never, { type: 'other' } as never, item('a')])).toHaveLength(1)
  })
})
