/** The preview this render is for ({ status: 'draft' }), or null on every public page. */
export function useDraftPreview(): { status: 'draft' | 'published' } | null {
  if (!import.meta.server) return null
  return (useRequestEvent()?.context.preview as { status: 'draft' | 'published' } | undefined) ?? null
}
