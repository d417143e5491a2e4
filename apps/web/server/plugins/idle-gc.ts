// The collector's young-generation pauses fall between requests instead of inside page renders
// (packages/idle-gc; apps/web/README.md, "Cold renders", has the figures).
//
// Measured trade-off (README "Caching"): with it, an uncached article render's p99 is ~40 ms
// instead of ~50 ms; without it, a cached hit can cost ~7–10 µs less CPU: in about half the
// processes, once gc() has run between requests, V8 creates Node's own nextTick objects on a
// slower path (packages/idle-gc/README.md, "What it costs"). On by
// default; NUXT_IDLE_GC=false for a deployment that serves mostly cached pages under heavy load.
import { startIdleCollection } from '@clinic/idle-gc'

export default defineNitroPlugin(() => {
  if (useRuntimeConfig().idleGc === false) return
  startIdleCollection()
})
