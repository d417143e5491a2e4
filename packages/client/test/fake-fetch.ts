import { vi } from 'vitest'

export interface SentRequest {
  url: string
  method: string
  headers: Headers
  body: { query: string; operationName?: string; variables?: Record<string, unknown> }
  signal: AbortSignal | undefined
}

type Reply = Response | ((request: SentRequest) => Response | Promise<Response>)

/** A fetch that records what the client sends and answers with the given replies, in order. */
export function fakeFetch(...replies: Reply[]) {
  const sent: SentRequest[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: SentRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: JSON.parse(String(init.body)),
      signal: init.signal ?? undefined,
    }
    sent.push(request)
    const reply = replies[Math.min(sent.length, replies.length) - 1]
    if (!reply) throw new Error('fakeFetch: no reply left')
    return typeof reply === 'function' ? reply(request) : reply.clone()
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent }
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

export const data = (value: unknown) => json({ data: value })
