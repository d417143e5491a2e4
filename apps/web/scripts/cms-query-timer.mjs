// Loaded into the website with `node --import` by profile-cold-render.mjs and the page-cache
// tests: prints one line per CMS GraphQL query the server makes, `[cms-query] <operation>
// <start ms> <duration ms> <bytes> <slug>` (the slug variable, `-` when there is none), start in ms
// since the epoch (so another process can compare it with its own clock), duration until the
// whole answer has arrived. The site sends its queries with undici (server/utils/cms-fetch.ts),
// which reports every request on Node's diagnostics channels: nothing is patched.
import { subscribe } from 'node:diagnostics_channel'

const queries = new WeakMap()

subscribe('undici:request:create', ({ request }) => {
  if (request.method !== 'POST' || !request.path.endsWith('/graphql')) return
  let sent = {}
  try {
    sent = JSON.parse(String(request.body ?? ''))
  } catch {}
  const operation = sent.operationName ?? /\b(?:query|mutation)\s+(\w+)/.exec(sent.query ?? '')?.[1] ?? 'anonymous'
  queries.set(request, { operation, slug: sent.variables?.slug ?? '-', started: performance.now(), bytes: 0 })
})
subscribe('undici:request:bodyChunkReceived', ({ request, chunk }) => {
  const query = queries.get(request)
  if (query) query.bytes += chunk.length
})
subscribe('undici:request:trailers', ({ request }) => {
  const query = queries.get(request)
  if (!query) return
  queries.delete(request)
  console.log(`[cms-query] ${query.operation} ${(performance.timeOrigin + query.started).toFixed(1)} ${(performance.now() - query.started).toFixed(1)} ${query.bytes} ${query.slug}`)
})
