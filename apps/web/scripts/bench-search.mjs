#!/usr/bin/env node
// `pnpm --filter @clinic/web bench:search`: how long a search takes on the built site against a
// real seeded CMS. Prints numbers, never fails on them.
//
//   cached        the same search again: served from the route cache (one entry per canonical query)
//   uncached      a search nobody made before (each query once), the index already built
//   rebuild       the first search after a publish (signed webhook), in English, then in French, and
//                 in French first: the index is read from the CMS again and rebuilt before answering
//                 (BENCH_REBUILDS notices of each kind, default 30)
//   no cache      NUXT_CACHE_DISABLED=true: nothing cached at all (page, CMS answers, index stamp),
//                 so every search also rebuilds the index; the worst case
//
// Sequential requests (one visitor), then autocannon (10 connections) on one query cached and on the
// no-cache server. The rate limit is raised for the bench (NUXT_SEARCH_RATE_LIMIT).
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const env = { NUXT_SEARCH_RATE_LIMIT: '100000000' }
const rebuildRounds = Number(process.env.BENCH_REBUILDS ?? 30)

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
  return `${label.padEnd(36)} n=${String(values.length).padStart(4)}  p50 ${ms(percentile(values, 50)).padStart(9)}  p95 ${ms(percentile(values, 95)).padStart(9)}  max ${ms(Math.max(...values)).padStart(9)}`
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
  const { sendNotice, startStack, startWebServer } = await import('../test/e2e/stack.ts')
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

    // After each change notice: the first English search, then the first French one (whose index
    // also takes the English entries not translated yet); and, after other notices, a French search first.
    const notice = async () => {
      const answer = await sendNotice(base, stack.secret, { event: 'entry.publish', model: 'article' })
      if (!answer.ok) throw new Error(`webhook: ${answer.status}`)
    }
    const frenchUrl = (q) => `${base}/fr/recherche?${new URLSearchParams({ q })}`
    const rebuild = { en: [], frAfterEn: [], frFirst: [] }
    for (let round = 0; round < rebuildRounds; round++) {
      await notice()
      rebuild.en.push(await timed(url(words[round % words.length])))
      rebuild.frAfterEn.push(await timed(frenchUrl(words[round % words.length])))
      await notice()
      rebuild.frFirst.push(await timed(frenchUrl(words[(round + 1) % words.length])))
    }

    const noCacheBase = `http://127.0.0.1:${noCachePort}`
    const worst = []
    for (const word of words.slice(0, 40)) worst.push(await timed(url(word, noCacheBase)))

    console.log(`\nSearch latency, /search?q=<word> (${words.length} distinct words from the seeded content)`)
    console.log(summary('cached (route cache hit)', cached))
    console.log(summary('uncached (first time, index built)', uncached))
    console.log(summary('rebuild: first after a publish, en', rebuild.en))
    console.log(summary('  then the first in French', rebuild.frAfterEn))
    console.log(summary('rebuild: first after one, French', rebuild.frFirst))
    console.log(summary('no cache at all (rebuild each)', worst))
    // The rebuilds themselves, as the site logs them (content read, then indexing), per language.
    const builds = { en: { read: [], indexed: [] }, fr: { read: [], indexed: [] } }
    for (const match of site.output.join('').matchAll(/\[search\] (en|fr) index built: \d+ documents, read ([\d.]+) ms, indexed ([\d.]+) ms/g)) {
      builds[match[1]].read.push(Number(match[2]))
      builds[match[1]].indexed.push(Number(match[3]))
    }
    console.log('\nIndex rebuilds inside the site (its log), all of the above')
    for (const locale of ['en', 'fr']) {
      console.log(summary(`${locale}: reading the content`, builds[locale].read))
      console.log(summary(`${locale}: indexing it`, builds[locale].indexed))
    }
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
