/** This site's public address without a trailing slash (NUXT_PUBLIC_SITE_URL). */
export function useSiteUrl(): string {
  return String(useRuntimeConfig().public.siteUrl).replace(/\/+$/, '')
}
