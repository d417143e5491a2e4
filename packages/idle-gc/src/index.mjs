// Scavenges (V8's young-generation collection) between requests rather than inside them.
//
// V8 scavenges when the young generation fills up, which on a server is nearly always in the
// middle of a request: the scavenge then copies that request's live objects (4–5 MB for a
// Strapi GraphQL read or a Nuxt page render), a pause of ~8–13 ms on a small VM, in roughly one
// request out of eight. Once no request has been in flight for a moment and the young generation
// is more than half full, this runs the scavenge itself: with nothing in flight little survives,
// and it takes ~1–5 ms that nobody waits for. Under steady load there is no idle moment, and V8
// collects as it always does.
//
// In-flight requests are counted from Node's HTTP diagnostics channel (nothing is patched).
// The collector is V8's own `gc()`, made available with `--expose-gc` set at run time (so no
// command-line flag is needed) and called for a minor collection only.
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** How full (0–1) the young generation's usable space is. */
export function youngGenerationFill() {
  const space = getHeapSpaceStatistics().find((entry) => entry.space_name === 'new_space')
  if (!space) return 0
  const capacity = space.space_used_size + space.space_available_size
  return capacity > 0 ? space.space_used_size / capacity : 0
}

let exposed
/** V8's `gc()`, for a minor collection. */
function minorCollection() {
  if (!exposed) {
    setFlagsFromString('--expose-gc')
    exposed = runInNewContext('gc')
    setFlagsFromString('--no-expose-gc')
  }
  exposed({ type: 'minor' })
}

let stop

/**
 * Starts scavenging in idle time for every HTTP server of this process (once: later calls return
 * the same stop function). Options are for tests: `idleMs` (quiet time after the last response,
 * default 20), `fillAbove` (default 0.5), and stand-ins for the measure (`fill`) and the
 * collection (`collect`).
 */
export function startIdleCollection({ idleMs = 20, fillAbove = 0.5, fill = youngGenerationFill, collect = minorCollection } = {}) {
  if (stop) return stop
  let inFlight = 0
  // One timer for the process, re-armed (refresh()) each time the last request in flight ends: a
  // busy server answers thousands of requests a second, and each would otherwise make a new timer.
  // When it fires, a request that started since then is still in flight and nothing is collected.
  let timer
  const collectIfIdle = () => {
    if (inFlight === 0 && fill() > fillAbove) collect()
  }
  // A response emits 'close' once, whether it was sent in full or its connection went away.
  const onStart = ({ response }) => {
    inFlight++
    response.on('close', onEnd)
  }
  function onEnd() {
    inFlight--
    if (inFlight > 0) return
    if (timer) timer.refresh()
    else timer = setTimeout(collectIfIdle, idleMs).unref()
  }
  subscribe('http.server.request.start', onStart)
  stop = () => {
    unsubscribe('http.server.request.start', onStart)
    clearTimeout(timer)
    stop = undefined
  }
  return stop
}
