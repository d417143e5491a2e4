// Marks the in-process requests of a preview render (server/utils/preview.ts), and keeps the
// /__preview page copies unreachable from outside: without the grant they do not exist.
export default defineEventHandler((event) => {
  const preview = previewOf(event)
  if (preview) event.context.preview = preview
  else if (event.path === PREVIEW_PREFIX || event.path.startsWith(`${PREVIEW_PREFIX}/`) || event.path.startsWith(`${PREVIEW_PREFIX}?`)) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  }
})
