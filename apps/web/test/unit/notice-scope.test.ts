// Which cached CMS answers survive a "content changed" notice (server/utils/notice-scope.ts): only
// the ones that notice cannot have changed. The full path (a publish seen on the site) is in
// test/e2e/page-cache.test.ts.
import { describe, expect, it } from 'vitest'
import { keptPrefixes } from '../../server/utils/notice-scope'

describe('keptPrefixes', () => {
  it('keeps the clinic details and comments through an article being published or changed', () => {
    for (const event of ['entry.publish', 'entry.update', 'entry.unpublish', 'entry.create']) {
      expect(keptPrefixes([{ event, model: 'article' }])).toEqual(['content:clinic:', 'content:comments:'])
    }
  })

  it('drops the clinic details on a clinic notice, and comments on a comment notice', () => {
    expect(keptPrefixes([{ event: 'entry.publish', model: 'clinic' }])).toEqual(['content:comments:'])
    expect(keptPrefixes([{ event: 'entry.update', model: 'comment' }])).toEqual(['content:clinic:'])
  })

  it("drops comments when an article is deleted (another article may take its slug)", () => {
    expect(keptPrefixes([{ event: 'entry.delete', model: 'article' }])).toEqual(['content:clinic:'])
  })

  it('keeps nothing for a notice that names no model, or a model that is not a string', () => {
    expect(keptPrefixes([{ event: 'entry.publish' }])).toEqual([])
    expect(keptPrefixes([{ event: 'entry.publish', model: '' }])).toEqual([])
    expect(keptPrefixes([{ event: 'entry.publish', model: 42 as unknown as string }])).toEqual([])
  })

  it('keeps only what every one of several pending notices leaves alone', () => {
    expect(keptPrefixes([{ model: 'article' }, { model: 'clinic' }])).toEqual(['content:comments:'])
    expect(keptPrefixes([{ model: 'clinic' }, { model: 'comment' }])).toEqual([])
    expect(keptPrefixes([{ model: 'therapist' }, {}])).toEqual([])
  })
})
