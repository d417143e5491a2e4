// A page asked for with ?form=<token> shows a refused form post again: the messages and what the
// visitor typed wait in storage under that token (server/utils/form-state.ts), read once here.
// Such a page is rendered for that one response by server/middleware/0.pages.ts (in-process, so
// this runs on that render) and marked no-store (server/plugins/form-pages.ts): never cached.
import type { FormState } from '#shared/forms'

declare module 'h3' {
  interface H3EventContext {
    /** The ?form= token of this page request, if any (the render is then not cached). */
    formToken?: string
    formState?: FormState | null
  }
}

export default defineEventHandler(async (event) => {
  if (event.method !== 'GET' && event.method !== 'HEAD') return
  if (!pageRouteOf(event.path.split('?', 1)[0]!)?.form) return
  const token = getQuery(event).form
  if (token === undefined) return
  event.context.formToken = String(token)
  // A HEAD request (a link checker, a prefetch) must not use up the state the visitor will need.
  event.context.formState = event.method === 'GET' && typeof token === 'string' ? await takeFormState(token) : null
})
