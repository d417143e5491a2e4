// Replay protection of change notices: each signed notice is taken once within its window, and
// the signatures kept are swept (the memory driver has no ttl) at most every 30 s, not per notice.
import { createStorage, type Storage } from 'unstorage'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { NOTICE_TOLERANCE_SECONDS } from '../../server/utils/signature'

let storage: Storage
beforeEach(() => {
  storage = createStorage()
  vi.stubGlobal('useStorage', () => storage)
  vi.resetModules()
})

const importReplay = () => import('../../server/utils/notice-replay')

describe('acceptNoticeOnce', () => {
  it('takes a signature once, and refuses it again within the window', async () => {
    const { acceptNoticeOnce } = await importReplay()
    const now = Date.now()
    const stamp = Math.floor(now / 1000)
    expect(await acceptNoticeOnce('sig-a', stamp, now)).toBe(true)
    expect(await acceptNoticeOnce('sig-a', stamp, now + 1000)).toBe(false)
    expect(await acceptNoticeOnce('sig-b', stamp, now + 1000)).toBe(true)
  })

  it('sweeps signatures that left the window at most every 30 s, and always eventually', async () => {
    const { acceptNoticeOnce } = await importReplay()
    const start = Date.now()
    const stamp = Math.floor(start / 1000)
    await acceptNoticeOnce('old', stamp, start)
    const getKeys = vi.spyOn(storage, 'getKeys')

    // A burst of notices right after: no sweep (no listing of every signature per notice).
    for (let i = 0; i < 20; i++) await acceptNoticeOnce(`burst-${i}`, stamp, start + 100 + i)
    expect(getKeys).not.toHaveBeenCalled()

    // Once the window has passed, the next notice after 30 s sweeps what left it.
    const later = start + (NOTICE_TOLERANCE_SECONDS + 31) * 1000
    await acceptNoticeOnce('new', Math.floor(later / 1000), later)
    expect(getKeys).toHaveBeenCalledTimes(1)
    expect((await storage.getKeys()).sort()).toEqual(['new'])
  })
})
