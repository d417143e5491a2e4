// Per-address limits, the same on the website and in the CMS.
export type RateLimit = { max: number; windowSeconds: number };

export const RATE_LIMITS = {
  inquiry: { max: 5, windowSeconds: 3600 },
  comment: { max: 10, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimit>;

/** Largest JSON or form body either layer accepts, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;
