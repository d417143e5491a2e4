import { createContentClient, type ContentClient } from '@clinic/client'
import { cmsFetch } from './cms-fetch'

let client: ContentClient | undefined

/**
 * The one way this site reads content: @clinic/client, on the server only. The CMS address and
 * token come from server runtime config (NUXT_CMS_URL, NUXT_CMS_TOKEN) and never reach the browser.
 */
export function useContentClient(): ContentClient {
  if (!client) {
    const { cmsUrl, cmsToken } = useRuntimeConfig()
    client = createContentClient({
      endpoint: `${String(cmsUrl).replace(/\/+$/, '')}/graphql`,
      token: cmsToken || undefined,
      fetch: cmsFetch,
      // A visitor on a slow line should not wait long for a page the CMS cannot give.
      timeoutMs: 5000,
    })
  }
  return client
}
