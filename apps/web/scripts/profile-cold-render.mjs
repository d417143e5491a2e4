#!/usr/bin/env node
// `node scripts/profile-cold-render.mjs`: where an uncached render of the article page spends its
// time. Boots a seeded CMS in production mode (on a throwaway SQLite file, or a throwaway database
// of the PostgreSQL server at PROFILE_POSTGRES_URL, an admin connection) and the built site, both
// with scripts/server-timings.mjs (each request's own time, collector pauses) and the site with
// scripts/cms-query-timer.mjs; with `--cpu-prof` into PROFILE_DIR when that is set (PROFILE_CMS=1
// profiles the CMS's process into it as well); PROFILE_NODE_OPTIONS adds to both servers'
// NODE_OPTIONS. Then PROFILE_RUNS (default 500: a p99 of fewer renders is little more than their
// slowest one) times:
// a signed "article published" notice makes every page old, one request renders the article.
// PROFILE_NOTICE=clinic (or comment, therapist…) sends notices about that type instead of an
// article. Prints each render's CMS queries (operation, start offset, duration, serial or overlapping)
// and a summary: the render, the part spent waiting on the CMS (of which the CMS's own time, as its
// server counted it, and the way there and back: the two processes' clocks agree to a fraction of
// a millisecond, so a way back can come out slightly negative), the rest (the site's own work),
// and the collector pauses of both servers.
// PROFILE_JSON=FILE writes each render's figures there. Numbers only: it never fails on one.
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createContentClient } from '@clinic/client'
import { createThrowawayDatabase, startCmsProcess, startWebProcess } from '@clinic/testing'
import { pad, percentile, sendNotice } from './bench-table.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const runs = Number(process.env.PROFILE_RUNS ?? 500)
const warmups = Number(process.env.PROFILE_WARMUP ?? 20)
const profileDir = process.env.PROFILE_DIR && resolve(process.env.PROFILE_DIR)
const articlePath = process.env.PROFILE_PATH
// The content type each notice is about: an article by default (the article's CMS answer is read
// again; the clinic details and comments are kept, server/utils/content-version.ts).
const noticeType = process.env.PROFILE_NOTICE ?? 'article'

const secret = randomBytes(16).toString('hex')

const timings = `--import=${join(here, 'server-timings.mjs')}`
const extra = process.env.PROFILE_NODE_OPTIONS ? [process.env.PROFILE_NODE_OPTIONS] : []
const nodeOptions = [timings, `--import=${join(here, 'cms-query-timer.mjs')}`, ...extra]
const cmsNodeOptions = [timings, ...extra]
if (profileDir) {
  mkdirSync(profileDir, { recursive: true })
  nodeOptions.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`)
  if (process.env.PROFILE_CMS === '1') cmsNodeOptions.push('--cpu-prof', `--cpu-prof-dir=${join(profileDir, 'cms')}`)
}

console.log('Starting a seeded CMS and the built site…')
const database = process.env.PROFILE_POSTGRES_URL ? await createThrowawayDatabase(process.env.PROFILE_POSTGRES_URL) : null
const cms = await startCmsProcess({
  env: { ...database?.env, NODE_ENV: 'production', REVALIDATE_SECRET: secret, WEB_URL: 'http://127.0.0.1:9', NODE_OPTIONS: cmsNodeOptions.join(' ') },
})
let web
try {
  // Warming off: it would render the article right after each notice, and the request measured
  // would join that render. Warming is measured on its own at the end.
  web = await startWebProcess({ cmsUrl: cms.url, env: { NUXT_REVALIDATE_SECRET: secret, NUXT_WARM_PAGES: '0', NODE_OPTIONS: nodeOptions.join(' ') } })
  let path = articlePath
  if (!path) {
    const { items } = await createContentClient({ endpoint: `${cms.url}/graphql` }).listArticles()
    path = `/articles/${(items.find((item) => item.sensitiveTopic) ?? items[0]).slug}`
  }
  // The first notices and renders load code (route chunks, the notice handler) and leave both
  // servers' JIT cold: PROFILE_WARMUP (default 20) rounds first, unmeasured, so the figures are
  // those of a site that has been running, which is what pays a cold render after each publish.
  for (let warm = 0; warm < warmups; warm++) {
    await notice(web.url)
    await (await fetch(`${web.url}${path}`)).arrayBuffer()
  }

  const queryLines = () => linesOf(web, '[cms-query] ')
  const cmsRequestLines = () => linesOf(cms, '[server-request] ').filter((line) => line.endsWith(' /graphql'))
  const pausesBefore = { site: linesOf(web, '[gc-pause] ').length, cms: linesOf(cms, '[gc-pause] ').length }
  const renders = []
  for (let run = 0; run < runs; run++) {
    await notice(web.url)
    const before = queryLines().length
    const cmsBefore = cmsRequestLines().length
    const started = performance.now()
    const page = await fetch(`${web.url}${path}`, { headers: { accept: 'text/html' } })
    await page.arrayBuffer()
    const total = performance.now() - started
    // The child's output reaches us through a pipe: give it a moment.
    await new Promise((resolveWait) => setTimeout(resolveWait, 100))
    const queries = queryLines()
      .slice(before)
      .map((line) => {
        const [, operation, start, duration, bytes] = line.split(' ')
        return { operation, start: Number(start), duration: Number(duration), bytes: Number(bytes) }
      })
    const served = cmsRequestLines()
      .slice(cmsBefore)
      .map((line) => ({ duration: Number(line.split(' ')[1]), start: Number(line.split(' ')[2]) }))
    const cmsOwn = served.reduce((sum, request) => sum + request.duration, 0)
    // A render with one query: how long the request took to reach the CMS, and its answer to come back.
    const [query] = queries
    const [request] = served
    const way = queries.length === 1 && served.length === 1 ? { there: request.start - query.start, back: query.start + query.duration - request.start - request.duration } : null
    renders.push({ status: page.status, total, queries, cmsOwn, way })
  }

  if (process.env.PROFILE_JSON) writeFileSync(process.env.PROFILE_JSON, JSON.stringify(renders))
  const last = renders.at(-1)
  const origin = Math.min(...last.queries.map((query) => query.start))
  console.log(`\nThe last cold render of ${path} (${last.status}, ${last.total.toFixed(1)} ms): its CMS queries`)
  console.log(
    pad([
      ['operation', 'starts at', 'takes', 'bytes'],
      ...last.queries.map((query) => [query.operation, `+${(query.start - origin).toFixed(1)} ms`, `${query.duration.toFixed(1)} ms`, query.bytes]),
    ]),
  )
  // Serial time: the union of the queries' intervals, i.e. how long the render waited on the CMS.
  const waited = (queries) => {
    const spans = queries.map((query) => [query.start, query.start + query.duration]).sort((a, b) => a[0] - b[0])
    let sum = 0
    let end = -Infinity
    for (const [start, stop] of spans) {
      if (stop > end) {
        sum += stop - Math.max(start, end)
        end = stop
      }
    }
    return sum
  }
  const totals = renders.map((render) => render.total)
  const waits = renders.map((render) => waited(render.queries))
  const counts = renders.map((render) => render.queries.length)
  const own = renders.map((render, index) => render.total - waits[index])
  const cmsOwn = renders.map((render) => render.cmsOwn)
  console.log(`\n${runs} cold renders, after ${warmups} unmeasured ones`)
  console.log(
    pad([
      ['', 'p50', 'p99', 'max'],
      ['render (request → last byte)', ...[50, 99].map((p) => `${percentile(totals, p).toFixed(1)} ms`), `${Math.max(...totals).toFixed(1)} ms`],
      ['waiting on the CMS', ...[50, 99].map((p) => `${percentile(waits, p).toFixed(1)} ms`), `${Math.max(...waits).toFixed(1)} ms`],
      ['  of which the CMS server at work', ...[50, 99].map((p) => `${percentile(cmsOwn, p).toFixed(1)} ms`), `${Math.max(...cmsOwn).toFixed(1)} ms`],
      ...[
        ['  before the CMS began (the way there)', 'there'],
        ['  after it answered (the way back)', 'back'],
      ].map(([label, key]) => {
        const ways = renders.filter((render) => render.way).map((render) => render.way[key])
        return ways.length ? [label, ...[50, 99].map((p) => `${percentile(ways, p).toFixed(1)} ms`), `${Math.max(...ways).toFixed(1)} ms`] : [label, '-', '-', '-']
      }),
      ["the site's own time (the rest)", ...[50, 99].map((p) => `${percentile(own, p).toFixed(1)} ms`), `${Math.max(...own).toFixed(1)} ms`],
      ['CMS queries per render', percentile(counts, 50), percentile(counts, 99), Math.max(...counts)],
    ]),
  )
  // A scavenge copies what is alive at that moment, so one that falls inside a request (the
  // request's own objects) costs far more than one between requests: these are the tail.
  const pauses = (server, from) =>
    linesOf(server, '[gc-pause] ')
      .slice(from)
      .map((line) => Number(line.split(' ')[2]))
  console.log(`\nCollector pauses over 1 ms while measuring (${runs} notices and renders)`)
  console.log(
    pad([
      ['server', 'pauses', 'p50', 'max', 'total'],
      ...[
        ['site', pauses(web, pausesBefore.site)],
        ['CMS', pauses(cms, pausesBefore.cms)],
      ].map(([name, list]) => [name, list.length, `${percentile(list, 50).toFixed(1)} ms`, `${Math.max(0, ...list).toFixed(1)} ms`, `${list.reduce((a, b) => a + b, 0).toFixed(0)} ms`]),
    ]),
  )
  await web.stop()
  web = undefined
  await measureWarming(path)
} finally {
  await web?.stop()
  await cms.stop()
  cms.cleanup()
  await database?.drop()
}

/** The lines of a child server's output that start with `prefix`. */
function linesOf(server, prefix) {
  return server.output
    .join('')
    .split('\n')
    .filter((line) => line.startsWith(prefix))
}

/** A signed "published" notice about PROFILE_NOTICE's type, to the site at `webUrl`. */
async function notice(webUrl) {
  const sent = await sendNotice(webUrl, secret, { event: 'entry.publish', model: noticeType, uid: `api::${noticeType}.${noticeType}` })
  if (!sent.ok) throw new Error(`revalidate answered ${sent.status}`)
}

/**
 * With warming on (the default, server/utils/page-warming.ts): visitors read a dozen pages, a
 * notice comes, and then each page's first visitor. Prints how long the instance took to render
 * them all again, and what those first visitors waited.
 */
async function measureWarming(articlePath) {
  const warmed = await startWebProcess({ cmsUrl: cms.url, env: { NUXT_REVALIDATE_SECRET: secret } })
  try {
    const client = createContentClient({ endpoint: `${cms.url}/graphql` })
    const [therapists, approaches] = await Promise.all([client.listTherapists(), client.listApproaches()])
    const paths = ['/', '/articles', articlePath, '/therapists', '/approaches', '/get-help', '/contact', '/fr', ...therapists.map((t) => `/therapists/${t.slug}`), ...approaches.map((a) => `/approaches/${a.slug}`)]
    for (let round = 0; round < 3; round++) for (const page of paths) await (await fetch(`${warmed.url}${page}`)).arrayBuffer()
    const logged = () => linesOf(warmed, '[page-cache] after entry.publish')
    const before = logged().length
    await notice(warmed.url)
    const deadline = Date.now() + 30_000
    while (logged().length === before && Date.now() < deadline) await new Promise((resolveWait) => setTimeout(resolveWait, 20))
    const line = logged().at(-1) ?? '(no warming line logged)'
    const waits = []
    for (const page of paths) {
      const started = performance.now()
      await (await fetch(`${warmed.url}${page}`)).arrayBuffer()
      waits.push(performance.now() - started)
    }
    console.log(`\nWarming after a notice: ${line.replace(/^.*\] after [^:]*: /, '').replace(/ \([^()]*\)$/, '')}`)
    console.log(pad([['first visitor of each of the ' + paths.length + ' pages after it', 'p50', 'max'], ['request → last byte', `${percentile(waits, 50).toFixed(1)} ms`, `${Math.max(...waits).toFixed(1)} ms`]]))
  } finally {
    await warmed.stop()
  }
}

if (profileDir) console.log(`\nCPU profile of the site's server: ${profileDir} (open in Chrome DevTools, or summarise with scripts/cpu-profile-top.mjs)`)
