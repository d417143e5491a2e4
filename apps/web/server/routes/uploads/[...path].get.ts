// /uploads/** → the CMS's /uploads/** (or, with uploads in S3, NUXT_MEDIA_URL: the bucket). Images stay on this site's origin: the browser never
// contacts the CMS, the CSP keeps img-src 'self', and the CMS address stays private.
// Only images pass; cookies and other request headers are not forwarded.

const IMAGE_TYPES = /^image\/(?:avif|gif|jpeg|png|webp|svg\+xml)$/

export default defineEventHandler(async (event) => {
  const path = getRouterParam(event, 'path') ?? ''
  const segments = path.split('/')
  if (!path || segments.some((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment) || /^\.+$/.test(segment))) {
    throw createError({ statusCode: 404, statusMessage: 'Image not found' })
  }

  const { cmsUrl, mediaUrl } = useRuntimeConfig(event)
  const origin = String(mediaUrl || `${String(cmsUrl).replace(/\/+$/, '')}/uploads`).replace(/\/+$/, '')
  const target = `${origin}/${segments.join('/')}`
  let upstream: Response
  try {
    upstream = await fetch(target, {
      headers: { accept: 'image/*' },
      redirect: 'error',
      signal: AbortSignal.timeout(10_000),
    })
  } catch {
    throw createError({ statusCode: 503, statusMessage: 'Image temporarily unavailable' })
  }

  const type = (upstream.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (!upstream.ok || !upstream.body || !IMAGE_TYPES.test(type)) {
    await upstream.body?.cancel()
    throw createError({ statusCode: upstream.status === 404 || upstream.ok ? 404 : 502, statusMessage: 'Image not found' })
  }

  setResponseHeaders(event, {
    'content-type': type,
    // Strapi gives every upload (and every resized copy) a new file name: the bytes never change.
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    // An SVG opened on its own must not run anything.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'cross-origin-resource-policy': 'same-origin',
  })
  const length = upstream.headers.get('content-length')
  if (length) setResponseHeader(event, 'content-length', Number(length))
  return sendStream(event, upstream.body)
})
