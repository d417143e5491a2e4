// Against a real HTTP server: the collection runs once the server has been idle, never while a
// request is in flight, only when the young generation is full enough; and the real one is a
// minor GC (seen by a PerformanceObserver).
import { once } from 'node:events'
import { createServer } from 'node:http'
import { constants, PerformanceObserver } from 'node:perf_hooks'
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest'
import { startIdleCollection, youngGenerationFill } from '../src/index.mjs'

let server
let url
let release = () => {}
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/slow') release = () => response.end('slow')
    else response.end('ok')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  url = `http://127.0.0.1:${server.address().port}`
})
afterAll(() => server.close())

let stop = () => {}
afterEach(() => stop())

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts idle collection with a young generation `fill` full; counts the collections. */
function counting(fill) {
  const counter = { collections: 0 }
  stop = startIdleCollection({ idleMs: 10, fill: () => fill, collect: () => counter.collections++ })
  return counter
}

describe('idle collection', () => {
  it.each([
    ['collects once the server is idle and the young generation is full enough', 0.9, 1],
    ['not when the young generation is mostly empty', 0.1, 0],
  ])('%s', async (_name, fill, expected) => {
    const counter = counting(fill)
    await (await fetch(`${url}/`)).text()
    await wait(100)
    expect(counter.collections).toBe(expected)
  })

  it('never while a request is in flight', async () => {
    const counter = counting(0.9)
    const slow = fetch(`${url}/slow`)
    await wait(50)
    await (await fetch(`${url}/`)).text() // ends while /slow is still open
    await wait(100)
    expect(counter.collections).toBe(0)
    release()
    await (await slow).text()
    await wait(100)
    expect(counter.collections).toBe(1)
  })

  it('counts a request whose client went away as ended', async () => {
    const counter = counting(0.9)
    const controller = new AbortController()
    const aborted = fetch(`${url}/slow`, { signal: controller.signal }).catch(() => 'aborted')
    await wait(50)
    controller.abort()
    expect(await aborted).toBe('aborted')
    await wait(150)
    expect(counter.collections).toBe(1)
    release()
  })

  it('runs a real minor collection by default', async () => {
    const kinds = []
    const observer = new PerformanceObserver((list) => kinds.push(...list.getEntries().map((entry) => entry.detail?.kind)))
    observer.observe({ entryTypes: ['gc'] })
    stop = startIdleCollection({ idleMs: 10, fillAbove: 0 })
    expect(youngGenerationFill()).toBeGreaterThan(0)
    await (await fetch(`${url}/`)).text()
    await wait(150)
    observer.disconnect()
    expect(kinds).toContain(constants.NODE_PERFORMANCE_GC_MINOR)
  })
})
