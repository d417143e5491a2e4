// The CMS calls this when content is published, unpublished, updated or deleted (Strapi webhook
// body: { event: 'entry.publish', model: 'article', uid, documentId, … }), signed with the shared
// secret and a timestamp (server/utils/signature.ts).
// See server/utils/cache-invalidation.ts for why every cached page is dropped.

export default defineEventHandler(async (event) => {
  const { revalidateSecret } = useRuntimeConfig(event)
  if (!revalidateSecret) {
    throw createError({ statusCode: 503, statusMessage: 'Revalidation is not configured (NUXT_REVALIDATE_SECRET)' })
  }

  const rawBody = (await readRawBody(event, false)) ?? Buffer.alloc(0)
  // Signed with a timestamp (server/utils/signature.ts): a notice dated outside ±5 minutes, or one
  // this site already accepted, is refused, so a captured notice cannot be sent again.
  const check = checkNoticeSignature(rawBody, getRequestHeader(event, 'x-clinic-signature'), String(revalidateSecret))
  if (!check.ok) throw createError({ statusCode: 401, statusMessage: check.message })
  if (!(await acceptNoticeOnce(check.signature, check.timestamp))) {
    throw createError({ statusCode: 409, statusMessage: 'This notice was already received: a replayed notice is refused' })
  }

  let payload: { event?: unknown; model?: unknown }
  try {
    payload = JSON.parse(rawBody.toString('utf8'))
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Body must be JSON' })
  }
  if (!payload || typeof payload.event !== 'string') {
    throw createError({ statusCode: 400, statusMessage: 'Body must have an "event" string' })
  }

  // Consultation requests are never shown on the site: storing one changes no page, and a burst of
  // requests must not empty the cache each time.
  if (payload.model === 'inquiry' || (payload as { uid?: unknown }).uid === 'api::inquiry.inquiry') {
    return { ok: true, event: payload.event, cleared: false }
  }

  // Every page is rendered again; of the CMS answers, those of the notice's scopes are read again
  // (an unknown type or a test ping: all of them).
  const uid = (payload as { uid?: unknown }).uid
  try {
    await clearContentCache(scopesOfNotice(uid))
  } catch (error) {
    // Redis unreachable: no instance could be told. A 503 (not a 500) says so to the CMS's log;
    // while Redis is down pages are rendered afresh anyway, and each instance starts a new content
    // version when it is back (server/utils/content-version.ts).
    console.error(`[revalidate] ${payload.event}: the shared cache could not be reached`, error)
    throw createError({ statusCode: 503, statusMessage: 'The shared cache cannot be reached right now; pages are rendered afresh until it is back' })
  }
  const label = `${payload.event}${typeof payload.model === 'string' ? ` (${payload.model})` : ''}`
  console.info(`[revalidate] ${label}: cache cleared`)
  // The pages visitors read most are rendered again now, so their next visitors need not wait.
  warmPages(label)
  return { ok: true, event: payload.event, cleared: true }
})
