#!/usr/bin/env node
// `pnpm bench` (second part), or `pnpm bench:forms`: a burst of consultation requests through the
// built website into a real CMS. Prints how many were stored, how many refused (by status), and
// whether any were lost (stored + refused must equal sent). Never fails on a number.
//
// Visitor addresses: the site limits each address (5 requests an hour), so who is sending
// matters. Each simulated visitor connects from its own loopback address (127.0.0.0/8 all
// reach the local server on Linux), so the site sees distinct addresses without being told to
// trust a forwarded header.
//
//   A  20 visitors at once, each from one address, each sending 10 requests (200): the limit
//      should store 5 per visitor and refuse the rest with 429.
//   B  200 visitors, 20 at a time, one request each, each from its own address: all stored.
//   C  100 requests, each sent twice at the same moment (a double click, a retried post):
//      each stored once, the repeat answered as a duplicate.
//
// Counts come from the CMS's SQLite file (requests have no read route). Needs the site built
// (`pnpm build`) and the CMS built.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pad, percentile } from './bench-table.mjs'

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const CONCURRENCY = 20


async function main() {
  if (!existsSync(join(webDir, '.output/server/index.mjs'))) {
    console.error('Build the site first: pnpm --filter @clinic/web build')
    process.exitCode = 1
    return
  }
  // Node strips the types of this TypeScript helper (shared with the e2e tests).
  const { countRows, requestFrom, startStack } = await import('../test/e2e/stack.ts')
  const { createContentClient } = await import('@clinic/client')
  console.log('Starting a seeded CMS and the built site…')
  const stack = await startStack()
  try {
    const [therapist] = await createContentClient({ endpoint: `${stack.cmsUrl}/graphql` }).listTherapists()

    const inquiry = (label) => ({
      name: `Bench ${label}`,
      contactMethod: 'phone',
      phone: '705-555-0100',
      preferredTimes: ['weekday_mornings'],
      sessionFormat: 'video',
      funding: 'not_sure',
      therapist: therapist.slug,
      consent: true,
      website: '',
      idempotencyKey: randomUUID(),
    })

    async function send(address, body) {
      const started = performance.now()
      const response = await requestFrom(address, `${stack.webUrl}/forms/inquiry`, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).catch((error) => ({ status: `error ${error.code ?? error.message}` }))
      return { status: response.status, ms: performance.now() - started }
    }

    /** Runs `jobs` (functions returning promises of results) with at most `limit` at once. */
    async function pool(jobs, limit) {
      const results = []
      let next = 0
      await Promise.all(
        Array.from({ length: limit }, async () => {
          while (next < jobs.length) {
            const job = jobs[next++]
            results.push(...[await job()].flat())
          }
        }),
      )
      return results
    }

    async function scenario(label, description, jobs, sent, concurrency) {
      const before = countRows(stack.cmsDatabase, 'inquiries')
      const started = performance.now()
      const results = await pool(jobs, concurrency)
      const seconds = (performance.now() - started) / 1000
      const stored = countRows(stack.cmsDatabase, 'inquiries') - before
      const byStatus = {}
      for (const { status } of results) byStatus[status] = (byStatus[status] ?? 0) + 1
      const refused = results.filter(({ status }) => typeof status !== 'number' || status >= 400).length
      const duplicates = byStatus[200] ?? 0
      const accepted = byStatus[201] ?? 0
      return {
        label,
        description,
        sent,
        stored,
        accepted,
        duplicates,
        refused,
        byStatus,
        lost: sent - (stored + refused + duplicates),
        storedMatches201: stored === accepted,
        seconds,
        rps: sent / seconds,
        p50: percentile(results.map(({ ms }) => ms), 50),
        p99: percentile(results.map(({ ms }) => ms), 99),
      }
    }

    const rows = []
    // A: 20 visitors, 10 each.
    rows.push(
      await scenario(
        'A',
        '20 visitors × 10 requests, one address each',
        Array.from({ length: 20 }, (_, visitor) => async () => {
          const results = []
          for (let index = 0; index < 10; index += 1) results.push(await send(`127.0.1.${visitor + 1}`, inquiry(`A${visitor}-${index}`)))
          return results
        }),
        200,
        CONCURRENCY,
      ),
    )
    // B: 200 visitors, one each, 20 at a time.
    rows.push(
      await scenario(
        'B',
        '200 visitors × 1 request, 20 at a time',
        Array.from({ length: 200 }, (_, visitor) => () => send(`127.0.${2 + Math.floor(visitor / 250)}.${(visitor % 250) + 1}`, inquiry(`B${visitor}`))),
        200,
        CONCURRENCY,
      ),
    )
    // C: 100 requests, each sent twice at once.
    rows.push(
      await scenario(
        'C',
        '100 requests × 2 identical posts at once',
        Array.from({ length: 100 }, (_, visitor) => () => {
          const body = inquiry(`C${visitor}`)
          const address = `127.0.4.${visitor + 1}`
          return Promise.all([send(address, body), send(address, body)])
        }),
        200,
        CONCURRENCY / 2,
      ),
    )

    console.log('\nBurst of consultation requests through the website (stored = new rows in the CMS database)')
    console.log(
      pad([
        ['', 'scenario', 'sent', 'stored', '201', '200 dup', 'refused (by status)', 'lost', 'time', 'req/s', 'p50', 'p99'],
        ...rows.map((row) => [
          row.label,
          row.description,
          row.sent,
          row.stored,
          row.accepted,
          row.duplicates,
          `${row.refused} ${JSON.stringify(Object.fromEntries(Object.entries(row.byStatus).filter(([status]) => !['200', '201'].includes(status))))}`,
          row.lost,
          `${row.seconds.toFixed(1)} s`,
          row.rps.toFixed(0),
          `${row.p50.toFixed(0)} ms`,
          `${row.p99.toFixed(0)} ms`,
        ]),
      ]),
    )
    for (const row of rows) {
      const verdict = row.lost === 0 && row.storedMatches201 ? 'none lost: stored + duplicates + refused = sent, every 201 is one stored row' : `CHECK: lost ${row.lost}, stored ${row.stored} vs 201 ${row.accepted}`
      console.log(`${row.label}: ${verdict}`)
    }
  } finally {
    await stack.stop()
  }
}

await main()
