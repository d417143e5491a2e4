// NUXT_CACHE_DISABLED=true swaps the `cache` mount for one that stores nothing, so every request
// renders afresh and reads the CMS. For measuring uncached throughput (scripts/bench.mjs) and for
// debugging; never needed in normal operation.

const storesNothing = {
  name: 'stores-nothing',
  hasItem: () => false,
  getItem: () => null,
  setItem: () => {},
  removeItem: () => {},
  getKeys: () => [],
  clear: () => {},
}

export default defineNitroPlugin(async () => {
  if (!useRuntimeConfig().cacheDisabled) return
  const storage = useStorage()
  await storage.unmount('cache')
  storage.mount('cache', storesNothing)
  console.warn('[cache] NUXT_CACHE_DISABLED: every page is rendered afresh')
})
