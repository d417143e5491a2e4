// The one path every page takes (the "0." makes Nitro run this middleware before the others):
//
//   page URL → its canonical URL (else a 301 there) → the cached page → else one render, shared
//   by every request waiting for it and stored when every visitor may have it → sendPage.
//
// A render (server/utils/page-render.ts) is an in-process request with no visitor's headers, so
// what is stored cannot depend on who asked. Pages that must not be shared (?form=<token>: one
// visitor's refused post) and anything else Nuxt renders (its 404 page) are rendered the same way
// for that one response and never stored. See server/utils/page-cache.ts for freshness, page-variants.ts for the bytes.
import { sendRedirect } from 'h3'
import { renderPage as render } from '../utils/page-render'

/** Routes that answer with bodies of their own (JSON, images, form posts) and build assets. */
const NOT_PAGES = /^\/(?:api|forms|uploads|_nuxt|__nuxt[^/?]*|__preview)(?:[/?]|$)|^\/robots\.txt(?:\?|$)/

export default defineEventHandler(async (event) => {
  const { req } = event.node
  // In-process requests are the renders themselves (and the content reads they make).
  if ((req.method !== 'GET' && req.method !== 'HEAD') || '__unenv__' in req) return
  const url = req.url ?? '/'
  const page = pageRequestOf(url)
  if (!page) {
    if (!NOT_PAGES.test(url)) sendPage(event, await render(url))
    return
  }
  if (page.url !== url) return sendRedirect(event, page.url, 301)
  if (page.route.rateLimited) await enforceSearchRateLimit(event, page)
  if (page.formToken) return sendPage(event, await render(url, req.method))

  const cached = await cachedPage(page.url)
  if (cached && isStale(cached)) {
    renderForCache(page.url, () => render(page.url)).catch((error) => console.error(`[page-cache] refreshing ${page.url} failed`, error))
  }
  const sent = cached ?? (await renderForCache(page.url, () => render(page.url)))
  if (sent.shared) noteVisit(page)
  sendPage(event, sent)
})
