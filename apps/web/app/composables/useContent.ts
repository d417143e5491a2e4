import type { NitroFetchRequest } from 'nitropack/types'

interface ContentOptions {
  query?: Record<string, string | number | undefined>
}

/**
 * Reads content from this site's own server API (/api/content/..., which calls the CMS through
 * @clinic/client). Pages render on the server only, so the call never leaves the process.
 * A 404 or 503 from the API becomes this page's error (error.vue), with the same status.
 */
export async function useContent<T>(path: string, options: ContentOptions = {}): Promise<T> {
  const { data, error } = await useFetch(path as NitroFetchRequest, {
    query: options.query,
    key: `content:${path}:${JSON.stringify(options.query ?? {})}`,
  })
  if (error.value || data.value === undefined || data.value === null) {
    const statusCode = error.value?.statusCode ?? 503
    throw createError({ statusCode, statusMessage: error.value?.statusMessage, fatal: true })
  }
  return data.value as T
}

/** Like useContent, but null instead of an error page: for extras a page can do without. */
export async function useOptionalContent<T>(path: string): Promise<T | null> {
  const { data, error } = await useFetch(path as NitroFetchRequest, { key: `content:${path}:{}` })
  return error.value ? null : ((data.value as T | undefined) ?? null)
}
