// A page asked for with ?form=<token> shows a refused form post again: the messages and what the
// visitor typed wait in storage under that token (server/utils/form-state.ts), read once here.
// Such a render is never stored in the route cache (server/plugins/form-pages.ts).
import type { FormState } from '#shared/forms'

declare module 'h3' {
  interface H3EventContext {
    /** The ?form= token of this page request, if any (the render is then not cached). */
    formToken?: string
    formState?: FormState | null
  }
}

// The pages that show a form (server/middleware/canonical-query.ts lets ?form= through on these only).
const FORM_PAGE = /^\/(?:(?:fr\/)?contact|therapists\/[^/?]+|fr\/therapeutes\/[^/?]+|(?:fr\/)?articles\/[^/?]+)(?:\?|$)/

export default defineEventHandler(async (event) => {
  if ((event.method !== 'GET' && event.method !== 'HEAD') || '__unenv__' in event.node.req || !FORM_PAGE.test(event.path)) return
  const token = getQuery(event).form
  if (token === undefined) return
  event.context.formToken = String(token)
  // A HEAD request (a link checker, a prefetch) must not use up the state the visitor will need.
  event.context.formState = event.method === 'GET' && typeof token === 'string' ? await takeFormState(token) : null
})
