// Content versions by scope, in one process (no Redis), and the sweep of the `cache` mount after a
// notice. Two instances sharing Redis: test/e2e/instances.test.ts.
import { createStorage } from 'unstorage'
import { describe, expect, it } from 'vitest'
import { isCurrentKey, sweepCache } from '../../server/utils/cache-invalidation'
import { bumpContentVersion, contentVersion, pageVersion, scopesOfNotice, type ContentScope } from '../../server/utils/content-version'

describe('the scopes a notice moves', () => {
  it.each([
    ['api::clinic.clinic', ['clinic']],
    ['api::comment.comment', ['comments']],
    ['api::article.article', ['content']],
    ['api::therapist.therapist', ['content']],
    ['api::approach.approach', ['content']],
    ['api::topic.topic', ['content']],
    // Anything the site does not know (a new type, a test ping, no uid): every scope.
    ['api::something-new.something-new', ['content', 'clinic', 'comments']],
    [undefined, ['content', 'clinic', 'comments']],
    [42, ['content', 'clinic', 'comments']],
  ])('%s → %j', (uid, scopes) => {
    expect(scopesOfNotice(uid)).toEqual(scopes)
  })
})

describe('versions', () => {
  it('moves the page version on every notice, and a scope only on its own', async () => {
    const before = { page: pageVersion(), content: contentVersion('content'), clinic: contentVersion('clinic'), comments: contentVersion('comments') }
    await bumpContentVersion(['content'])
    expect(contentVersion('content')).not.toBe(before.content)
    expect([contentVersion('clinic'), contentVersion('comments')]).toEqual([before.clinic, before.comments])
    const afterArticle = pageVersion()
    expect(afterArticle).not.toBe(before.page)

    await bumpContentVersion(['clinic'])
    expect(contentVersion('clinic')).not.toBe(before.clinic)
    expect(pageVersion()).not.toBe(afterArticle)
    expect(contentVersion('comments')).toBe(before.comments)
  })
})

describe('the sweep after a notice', () => {
  const versions: Record<ContentScope, string> = { content: '7', clinic: '3', comments: '5' }
  const now = { page: () => '7-3-5', of: (scope: ContentScope) => versions[scope] }

  it('keeps what the current versions reach, and only that', async () => {
    const storage = createStorage()
    const kept = [
      'pages:7-3-5:%2Farticles',
      'content:clinic:3.en.json',
      'content:comments:5.en.why-people-self-injure.json',
      'content:article:7.en.why-people-self-injure.json',
      'content:search-content:7.en.1b2c.json',
      'search:version:7',
    ]
    const removed = [
      'pages:6-3-5:%2F',
      'pages:7-2-5:%2F',
      'content:clinic:2.en.json',
      'content:clinic:33.en.json',
      'content:comments:4.en.why-people-self-injure.json',
      'content:article:6.en.why-people-self-injure.json',
      // A scope's version is never another's: an article answer under the clinic's number is old.
      'content:articles:3.en._all.1.10.json',
      'content:search-content:6.en.1b2c.json',
      'search:version:6',
      'search:version',
      'something:else',
    ]
    for (const key of [...kept, ...removed]) await storage.setItem(key, { value: key })

    await sweepCache(storage, now)

    expect((await storage.getKeys()).sort()).toEqual([...kept].sort())
    expect(kept.every((key) => isCurrentKey(key, now))).toBe(true)
  })
})
