/** How full (0–1) V8's young generation is. */
export function youngGenerationFill(): number

export interface IdleCollectionOptions {
  /** Quiet time after the last response before collecting (ms, default 20). */
  idleMs?: number
  /** Collect only when the young generation is fuller than this (0–1, default 0.5). */
  fillAbove?: number
  /** For tests: stands in for youngGenerationFill. */
  fill?: () => number
  /** For tests: stands in for V8's minor collection. */
  collect?: () => void
}

/** Scavenges in idle time for every HTTP server of this process; returns a function that stops it. */
export function startIdleCollection(options?: IdleCollectionOptions): () => void
