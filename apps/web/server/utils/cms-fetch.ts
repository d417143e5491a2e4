// The fetch the content client sends its CMS queries with: undici's `request`, the HTTP client
// that Node's own fetch is built on, over one keep-alive pool per CMS.
//
// Why not Node's fetch: it streams every request body through a web ReadableStream, and those
// steps wait for the event loop. A cold render starts its CMS read as it begins
// (page-prefetch.ts), and then Nuxt works for ~5 ms without yielding, so with fetch the query only
// left once that work was done. `request` writes a string body to the socket as soon as it runs,
// and the CMS answers while Nuxt builds the page. It follows no redirects: /graphql has none.
import { Agent, request } from 'undici'

// Connections to the CMS stay open between renders (keep-alive is undici's default).
const dispatcher = new Agent({ connections: 16 })

export const cmsFetch: typeof fetch = async (input, init = {}) => {
  const url = typeof input === 'string' || input instanceof URL ? input : input.url
  const headers = new Headers(init.headers)
  // The content client sends JSON text; nothing else is written here.
  if (init.body != null && typeof init.body !== 'string') throw new TypeError('cmsFetch sends text bodies only')
  try {
    const answer = await request(url, {
      dispatcher,
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      headers: Object.fromEntries(headers),
      body: init.body ?? undefined,
      signal: init.signal ?? undefined,
    })
    const body = await answer.body.arrayBuffer()
    const answerHeaders = new Headers()
    for (const [name, value] of Object.entries(answer.headers)) {
      for (const item of Array.isArray(value) ? value : [value ?? '']) answerHeaders.append(name, item)
    }
    // No body for statuses that cannot have one, as fetch does.
    const empty = answer.statusCode === 204 || answer.statusCode === 304
    return new Response(empty ? null : body, { status: answer.statusCode, headers: answerHeaders })
  } catch (error) {
    // As fetch: an abort stays an AbortError; anything else is "fetch failed" with the reason in `cause`.
    if ((error as Error)?.name === 'AbortError' || init.signal?.aborted) throw error
    throw new TypeError('fetch failed', { cause: error })
  }
}
