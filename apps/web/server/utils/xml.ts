/** Escapes text for XML element content and attribute values. */
export function xmlEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 does not allow at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
}

/** The public address of a path on this site (from NUXT_PUBLIC_SITE_URL). */
export function siteUrl(path = '/'): string {
  const base = String(useRuntimeConfig().public.siteUrl).replace(/\/+$/, '')
  return `${base}${path.startsWith('/') ? path : `/${path}`}`
}
