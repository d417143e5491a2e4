// Loaded into the website with `node --import` by profile-cold-render.mjs and the page-cache
// tests: prints one line per CMS GraphQL query the server makes, `[cms-query] <operation>
// <start ms> <duration ms> <bytes> <slug>` (the slug variable, `-` when there is none), start in ms
// since the epoch (so another process can compare it with its own clock), duration until the
// answer's body has been read.
const originalFetch = globalThis.fetch

globalThis.fetch = async function timedFetch(input, init) {
  const url = String(input?.url ?? input)
  if (!url.endsWith('/graphql')) return originalFetch(input, init)
  const body = typeof init?.body === 'string' ? init.body : ''
  let request = {}
  try {
    request = JSON.parse(body)
  } catch {}
  const operation = request.operationName ?? /\b(?:query|mutation)\s+(\w+)/.exec(request.query ?? '')?.[1] ?? 'anonymous'
  const slug = request.variables?.slug ?? '-'
  const started = performance.now()
  const response = await originalFetch(input, init)
  const text = await response.text()
  console.log(`[cms-query] ${operation} ${(performance.timeOrigin + started).toFixed(1)} ${(performance.now() - started).toFixed(1)} ${text.length} ${slug}`)
  return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers })
}
