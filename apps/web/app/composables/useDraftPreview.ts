/** The preview this render is for ({ status: 'draft' }), or null on every public page. */
export function useDraftPreview(): { status: 'draft' | 'published' } | null {
  if (!import.meta.server) return null
  const preview = useRequestEvent()?.context.preview as { status: 'draft' | 'published' } | undefined
  // Only the status: the render's draft-read token stays on the server, out of any page state.
  return preview ? { status: preview.status } : null
}
