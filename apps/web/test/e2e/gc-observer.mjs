// Loaded into a website process with `node --import` (page-cache.test.ts, NUXT_IDLE_GC): prints a
// line for each young-generation collection, saying whether gc() forced it (as @clinic/idle-gc
// does between requests) or V8 made it on its own.
import { constants, PerformanceObserver } from 'node:perf_hooks'

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.detail?.kind !== constants.NODE_PERFORMANCE_GC_MINOR) continue
    const forced = (entry.detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0
    console.log(`[gc-observer] minor ${forced ? 'forced' : 'own'}`)
  }
}).observe({ entryTypes: ['gc'] })
