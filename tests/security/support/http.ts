// Plain HTTP to the stack, as curl or a browser would send it. Nothing here reaches into a
// server's process or database.
import { randomBytes } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { expect, inject } from 'vitest'
import type { StackInfo } from './stack-info'

export const stack = (): StackInfo => inject('stack')

export interface Answer {
  status: number
  headers: Headers
  text: string
  /** The body as JSON (undefined when it is not JSON). */
  json: any
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}

export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  return answer(await fetch(url, { redirect: 'manual', ...init }))
}

/** A request to the CMS (path starts with /). */
export const cms = (path: string, init?: RequestInit) => send(`${stack().cmsUrl}${path}`, init)

/** A request to the website (path starts with /). */
export const web = (path: string, init?: RequestInit) => send(`${stack().webUrl}${path}`, init)

/** A JSON POST. */
export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

/** A GraphQL operation sent to the CMS as a visitor (or with extra headers). */
export const graphql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  postJson(`${stack().cmsUrl}/graphql`, { query, variables }, headers)

/**
 * The answer is a refusal or an empty read, and none of the given words is in it (a draft's
 * title, a private note, a secret): the check every probe ends with.
 */
export function expectNothingOf(result: Answer, ...secrets: string[]): void {
  expect(result.status, result.text.slice(0, 500)).toBeLessThan(500)
  for (const secret of secrets) {
    const at = result.text.indexOf(secret)
    expect(at, `leaked "${secret}": …${result.text.slice(Math.max(0, at - 150), at + 150)}…`).toBe(-1)
  }
}

/** A 4xx with a JSON or text body: refused, not crashed. */
export function expectRefused(result: Answer, statuses: number[] = [400, 401, 403, 404, 405]): void {
  expect(statuses, `status ${result.status}: ${result.text.slice(0, 500)}`).toContain(result.status)
}

/** No stack trace or server path in an error answer. */
export function expectNoInternals(result: Answer): void {
  expect(result.text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|\.js:\d+:\d+|stacktrace/i)
}

/** A unique word for one probe's fixture, so a leak is unmistakable. */
export const marker = (what: string) => `${what}-${randomBytes(5).toString('hex')}`

/**
 * POSTs JSON from a chosen loopback address. Strapi limits admin logins to 5 per 5 minutes per
 * e-mail and address (koa2-ratelimit, strapi/admin rateLimit middleware); each probe file logs
 * in from its own address so the suite never trips it.
 */
export function postFrom(address: string, url: string, body: unknown): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = httpRequest(url, { method: 'POST', localAddress: address, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(payload)
  })
}

export const randomLoopback = () => `127.${1 + (randomBytes(1)[0]! % 250)}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0]! % 250)}`

/** Polls until `check` passes (real state, never a guessed sleep); throws after `timeoutMs`. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number, intervalMs = 500): Promise<void> {
  const started = Date.now()
  for (;;) {
    if (await check()) return
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
