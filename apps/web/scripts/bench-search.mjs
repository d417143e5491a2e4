#!/usr/bin/env node
// `pnpm --filter @clinic/web bench:search`: how long a search takes on the built site against a
// real seeded CMS. Prints numbers, never fails on them.
//
//   cached        the same search again: served from the route cache (one entry per canonical query)
//   uncached      a search nobody made before (each query once), the index already built
//   rebuild       the first search after a publish (signed webhook): the index is read from the CMS
//                 again and rebuilt before answering
//   no cache      NUXT_CACHE_DISABLED=true: nothing cached at all (page, CMS answers, index stamp),
//                 so every search also rebuilds the index; the worst case
//
// Sequential requests (one visitor), then autocannon (10 connections) on one query cached and on the
// no-cache server. The rate limit is raised for the bench (NUXT_SEARCH_RATE_LIMIT).
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { signNotice } from './bench-table.mjs'

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const env = { NUXT_SEARCH_RATE_LIMIT: '100000000' }

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN
}
const ms = (value) => `${value.toFixed(1)} ms`

async function timed(url) {
  const started = performance.now()
  const response = await fetch(url, { headers: { accept: 'text/html' }, redirect: 'manual' })
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
  return performance.now() - started
}

function summary(label, values) {
  return `${label.padEnd(34)} n=${String(values.length).padStart(4)}  p50 ${ms(percentile(values, 50)).padStart(9)}  p95 ${ms(percentile(values, 95)).padStart(9)}  max ${ms(Math.max(...values)).padStart(9)}`
}

async function cannon(url) {
  const result = await autocannon({ url, connections: 10, duration: seconds, headers: { accept: 'text/html' } })
  return `${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`
}

async function main() {
  if (!existsSync(join(webDir, '.output/server/index.mjs'))) {
    console.error('Build the site first: pnpm --filter @clinic/web build')
    process.exitCode = 1
    return
  }
  const { freePort } = await import('@clinic/testing')
  const { startStack, startWebServer } = await import('../test/e2e/stack.ts')
  const { createContentClient } = await import('@clinic/client')
  console.log('Starting a seeded CMS and the built site…')
  const stack = await startStack()
  const port = await freePort()
  const site = await startWebServer({ cmsUrl: stack.cmsUrl, secret: stack.secret, port, env })
  const noCachePort = await freePort()
  const noCache = await startWebServer({ cmsUrl: stack.cmsUrl, secret: stack.secret, port: noCachePort, env: { ...env, NUXT_CACHE_DISABLED: 'true' } })
  const base = `http://127.0.0.1:${port}`
  try {
    // Distinct real words from the published content: each a first-time search.
    const content = await createContentClient({ endpoint: `${stack.cmsUrl}/graphql` }).listSearchContent({ locale: 'en' })
    const text = [...content.articles.map((a) => `${a.title} ${a.excerpt ?? ''}`), ...content.approaches.map((a) => `${a.name} ${a.summary ?? ''}`)].join(' ')
    const words = [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])].slice(0, 150)
    const url = (q, origin = base) => `${origin}/search?${new URLSearchParams({ q })}`

    await timed(url('therapy')) // builds the index once
    const uncached = []
    for (const word of words) uncached.push(await timed(url(word)))
    const cached = []
    for (let round = 0; round < 3; round++) for (const word of words) cached.push(await timed(url(word)))

    const rebuild = []
    for (let round = 0; round < 10; round++) {
      // Signed with a timestamp, with an id of its own (the site refuses a replayed notice).
      const body = JSON.stringify({ id: randomUUID(), event: 'entry.publish', model: 'article' })
      const signature = signNotice(body, stack.secret)
      const answer = await fetch(`${base}/api/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-clinic-signature': signature }, body })
      if (!answer.ok) throw new Error(`webhook: ${answer.status}`)
      rebuild.push(await timed(url(words[round % words.length])))
    }

    const noCacheBase = `http://127.0.0.1:${noCachePort}`
    const worst = []
    for (const word of words.slice(0, 40)) worst.push(await timed(url(word, noCacheBase)))

    console.log(`\nSearch latency, /search?q=<word> (${words.length} distinct words from the seeded content)`)
    console.log(summary('cached (route cache hit)', cached))
    console.log(summary('uncached (first time, index built)', uncached))
    console.log(summary('rebuild (first after a publish)', rebuild))
    console.log(summary('no cache at all (rebuild each)', worst))
    console.log(`\nThroughput (autocannon, 10 connections, ${seconds} s)`)
    console.log(`cached    /search?q=anxiety  ${await cannon(url('anxiety'))}`)
    console.log(`no cache  /search?q=anxiety  ${await cannon(url('anxiety', noCacheBase))}`)
  } finally {
    await noCache.stop()
    await site.stop()
    await stack.stop()
  }
}

await main()
