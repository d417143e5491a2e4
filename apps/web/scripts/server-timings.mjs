// Loaded with `node --import` into the CMS and the website by profile-cold-render.mjs: prints
// `[server-request] <ms> <start> <method> <path>` when the server has sent a response (its own time,
// and when it began in ms since the epoch, from Node's http diagnostics channels: no patching) and `[gc-pause] <kind> <ms>` for every garbage
// collection pause over 1 ms, so the profile can say which part of a slow render was the CMS's
// own work, the way between the two servers, or a collector pause.
import { subscribe } from 'node:diagnostics_channel'
import { constants, PerformanceObserver } from 'node:perf_hooks'

const started = new WeakMap()
subscribe('http.server.request.start', ({ response }) => started.set(response, performance.now()))
subscribe('http.server.response.finish', ({ request, response }) => {
  const start = started.get(response)
  if (start !== undefined) console.log(`[server-request] ${(performance.now() - start).toFixed(2)} ${(performance.timeOrigin + start).toFixed(1)} ${request.method} ${request.url.split('?')[0]}`)
})

const GC_KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak-callbacks',
}
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.duration > 1) console.log(`[gc-pause] ${GC_KINDS[entry.detail?.kind] ?? 'other'} ${entry.duration.toFixed(2)}`)
  }
}).observe({ entryTypes: ['gc'] })
