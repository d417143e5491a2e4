#!/usr/bin/env node
// `pnpm --filter @clinic/web bench:throughput`: how close a cached page from the site's own Node
// server comes to a static-file server. Prints numbers, never fails on one.
//
//   1. Boots a seeded CMS and the built site, and fetches the cached article page as identity,
//      gzip and br, byte for byte.
//   2. Writes those exact bytes (and the site's response headers) for Debian's nginx: one worker,
//      `gzip_static on`, a precompressed .br file for brotli (nginx-light has no brotli module).
//   3. wrk, one thread, 10 connections, BENCH_SECONDS (default 10) per side, nginx then the site,
//      for each encoding: req/s, p50, p99 and the ratio site / nginx.
//   4. nginx, then the site, at 200 connections for BENCH_LONG_SECONDS (default 60) each: errors
//      and p99 (nginx's row shows what the machine itself adds at that load).
//   5. A cold render: BENCH_COLD_RUNS (default 40) times, a signed "content changed" notice
//      makes every cached page old (as a publish does), then one request for the article: p50, p99; then
//      the same with the request BENCH_COLD_DELAY_MS (default 300) after the notice. The site
//      renders the pages visited lately again right after a notice (server/utils/page-warming.ts):
//      the first request joins that render, the later one shows what a visitor gets once it is done
//      (the render alone, warming off: scripts/profile-cold-render.mjs).
//
// BENCH_URL=http://host:port measures a running site instead (with NUXT_REVALIDATE_SECRET set
// for step 5). nginx and wrk come from Debian: installed with apt-get when missing (as root).
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createContentClient } from '@clinic/client'
import { startNginx } from '@clinic/testing'
import { pad, percentile, sendNotice } from './bench-table.mjs'

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const longSeconds = Number(process.env.BENCH_LONG_SECONDS ?? 60)
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 40)
const coldDelayMs = Number(process.env.BENCH_COLD_DELAY_MS ?? 300)
const ENCODINGS = ['identity', 'gzip', 'br']

function ensureDebianTools() {
  const missing = ['nginx', 'wrk'].filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
      return false
    } catch {
      return true
    }
  })
  if (!missing.length) return
  console.log(`Installing ${missing.join(' and ')} from Debian…`)
  const packages = missing.map((tool) => (tool === 'nginx' ? 'nginx-light' : tool))
  try {
    execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit' })
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit' })
  }
}

/** One GET with the raw (still compressed) body, as wrk and a browser receive it. */
function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'date', 'content-length', 'content-encoding', 'transfer-encoding', 'etag', 'last-modified', 'vary'])

/** A directory nginx can serve (its workers run as www-data): the page's bytes and a config. */
function nginxSite(page, headers) {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-nginx-'))
  mkdirSync(join(dir, 'www'))
  writeFileSync(join(dir, 'www/article.html'), page.identity)
  writeFileSync(join(dir, 'www/article.html.gz'), page.gzip)
  writeFileSync(join(dir, 'www/article.html.br'), page.br)
  chmodSync(join(dir, 'www'), 0o755)
  for (const name of ['article.html', 'article.html.gz', 'article.html.br']) chmodSync(join(dir, 'www', name), 0o644)
  const quote = (value) => `"${String(value).replace(/["\\]/g, '\\$&')}"`
  const addHeaders = Object.entries(headers)
    .filter(([name]) => !HOP_BY_HOP.has(name) && name !== 'content-type')
    .map(([name, value]) => `      add_header ${name} ${quote(value)} always;`)
    .join('\n')
  const port = 20000 + Math.floor(Math.random() * 20000)
  const http = `  keepalive_requests 1000000;
  sendfile on;
  types { }
  default_type ${quote(headers['content-type'] ?? 'text/html')};
  map $http_accept_encoding $brotli { ~*\\bbr\\b 1; default 0; }
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location = /article.html {
      if ($brotli) { rewrite ^ /article.html.br last; }
      gzip_static on;
      gzip_vary on;
${addHeaders}
    }
    location = /article.html.br {
      internal;
      add_header content-encoding br always;
      add_header vary Accept-Encoding always;
${addHeaders}
    }
  }`
  return { dir, http, url: `http://127.0.0.1:${port}/article.html` }
}

const UNITS = { us: 0.001, ms: 1, s: 1000 }
const milliseconds = (text) => {
  const [, value, unit] = /^([\d.]+)(us|ms|s)$/.exec(text) ?? []
  return value ? Number(value) * UNITS[unit] : NaN
}

/** wrk's figures: req/s, p50 and p99 in ms, and every kind of error it counts. */
function wrk(url, { encoding, connections = 10, duration = seconds }) {
  const output = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${duration}s`, '--latency', '-H', `accept-encoding: ${encoding}`, url], {
    encoding: 'utf8',
  })
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]),
    p50: milliseconds(/\s50%\s+(\S+)/.exec(output)?.[1] ?? ''),
    p99: milliseconds(/\s99%\s+(\S+)/.exec(output)?.[1] ?? ''),
    errors: (socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0) + Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
  }
}

const ms = (value) => `${value.toFixed(2)} ms`

async function coldRenders(articleUrl, siteUrl, secret, delayMs = 0) {
  const timings = []
  for (let run = 0; run < coldRuns; run++) {
    const cleared = await sendNotice(siteUrl, secret, { event: 'entry.publish', model: 'article', uid: 'api::article.article' })
    if (!cleared.ok) throw new Error(`revalidate answered ${cleared.status}`)
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
    const started = performance.now()
    const page = await rawGet(articleUrl, { accept: 'text/html', 'accept-encoding': 'br, gzip' })
    timings.push(performance.now() - started)
    if (page.status !== 200) throw new Error(`cold render answered ${page.status}`)
  }
  return timings
}

async function main() {
  ensureDebianTools()
  let stack
  let baseUrl = process.env.BENCH_URL?.replace(/\/+$/, '')
  let secret = process.env.NUXT_REVALIDATE_SECRET
  let articlePath = process.env.BENCH_PATH
  if (!baseUrl) {
    if (!existsSync(join(webDir, '.output/server/index.mjs'))) {
      console.error('Build the site first: pnpm --filter @clinic/web build')
      process.exitCode = 1
      return
    }
    // Node strips the types of this TypeScript helper (shared with the e2e tests).
    const { startStack } = await import('../test/e2e/stack.ts')
    console.log('Starting a seeded CMS and the built site…')
    stack = await startStack()
    baseUrl = stack.webUrl
    secret = stack.secret
    const { items } = await createContentClient({ endpoint: `${stack.cmsUrl}/graphql` }).listArticles()
    articlePath ??= `/articles/${(items.find((item) => item.sensitiveTopic) ?? items[0]).slug}`
  }
  articlePath ??= '/articles/why-people-self-injure'
  const articleUrl = `${baseUrl}${articlePath}`

  let nginx
  let site
  try {
    // The page as the site serves it from its cache, in each encoding (brotli is made in the
    // background once the page is cached: wait for it).
    for (const started = Date.now(); Date.now() - started < 30_000; ) {
      if ((await rawGet(articleUrl, { 'accept-encoding': 'br' })).headers['content-encoding'] === 'br') break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const page = {}
    let headers
    for (const encoding of ENCODINGS) {
      const response = await rawGet(articleUrl, { 'accept-encoding': encoding })
      if (response.status !== 200) throw new Error(`${articlePath} answered ${response.status}`)
      const served = response.headers['content-encoding'] ?? 'identity'
      if (served !== encoding) console.warn(`  note: asked for ${encoding}, the site sent ${served}`)
      page[encoding] = response.body
      headers ??= response.headers
    }
    site = nginxSite(page, headers)
    nginx = await startNginx({ dir: site.dir, http: site.http, readyUrl: site.url, workers: 1, workerConnections: 4096 })
    for (const encoding of ENCODINGS) {
      const fromNginx = await rawGet(site.url, { 'accept-encoding': encoding })
      if (!fromNginx.body.equals(page[encoding])) throw new Error(`nginx does not serve the site's ${encoding} bytes`)
    }

    console.log(`\nCached ${articlePath}: the site's Node server next to nginx serving the same bytes`)
    console.log(`(wrk -t1 -c10, ${seconds} s per side; bytes: ${ENCODINGS.map((encoding) => `${encoding} ${page[encoding].length}`).join(', ')})`)
    const rows = [['encoding', 'nginx req/s', 'nginx p50', 'nginx p99', 'site req/s', 'site p50', 'site p99', 'site / nginx', 'errors']]
    for (const encoding of ENCODINGS) {
      const reference = wrk(site.url, { encoding })
      const ours = wrk(articleUrl, { encoding })
      rows.push([
        encoding,
        reference.rps.toFixed(0),
        ms(reference.p50),
        ms(reference.p99),
        ours.rps.toFixed(0),
        ms(ours.p50),
        ms(ours.p99),
        `${(ours.rps / reference.rps).toFixed(2)}×`,
        ours.errors + reference.errors,
      ])
    }
    console.log(pad(rows))

    if (longSeconds > 0) {
      // nginx first, in the same run: on a shared machine its p99 shows what the machine itself
      // adds (other processes, wrk on the same two cores), so the site's own share can be told.
      console.log(`\n200 connections for ${longSeconds} s per side (wrk -t1 -c200, br)`)
      const longRows = [['server', 'req/s', 'p50', 'p99', 'errors + non-2xx']]
      for (const [name, url] of [['nginx', site.url], ['site', articleUrl]]) {
        const long = wrk(url, { encoding: 'br', connections: 200, duration: longSeconds })
        longRows.push([name, long.rps.toFixed(0), ms(long.p50), ms(long.p99), long.errors])
      }
      console.log(pad(longRows))
    }
    await nginx.stop()
    nginx = undefined

    if (coldRuns > 0 && secret) {
      console.log(`\nCold render of ${articlePath}: the cache emptied by a signed notice before each of ${coldRuns} requests`)
      const rows = [['first request', 'p50', 'p99', 'max']]
      // At once: the render itself (the request joins the one the notice started). A moment later:
      // what a visitor after a publish meets once the site has rendered its cached pages again.
      for (const delay of [0, coldDelayMs]) {
        const timings = await coldRenders(articleUrl, baseUrl, secret, delay)
        rows.push([delay ? `${delay} ms after the notice` : 'right after the notice', ms(percentile(timings, 50)), ms(percentile(timings, 99)), ms(Math.max(...timings))])
      }
      console.log(pad(rows))
    } else if (coldRuns > 0) {
      console.log('\n(no cold-render figure: set NUXT_REVALIDATE_SECRET to the site\'s secret)')
    }
  } finally {
    await nginx?.stop()
    if (site) rmSync(site.dir, { recursive: true, force: true })
    await stack?.stop()
  }
}

await main()
