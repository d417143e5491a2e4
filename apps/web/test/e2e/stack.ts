// A real, seeded CMS (child process, throwaway SQLite) and the built website pointed at it.
import { randomBytes, randomUUID, createHmac } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { createThrowawayDatabase, freePort, postgresAdminUrl, startCmsProcess, startWebProcess, type WebProcess } from '@clinic/testing'
import { DEFAULT_PAGE_SIZE, type ArticleSummary, type ContentClient } from '@clinic/client'

export const ADMIN_EMAIL = 'e2e-admin@example.test'
export const ADMIN_PASSWORD = 'E2e-admin-Passw0rd'

export interface Stack {
  cmsUrl: string
  webUrl: string
  secret: string
  admin: AdminClient
  /** Output of the website server (for failure messages). */
  webOutput: string[]
  stopCms(): Promise<void>
  /** Starts the CMS again on the same database and port (after stopCms). */
  restartCms(): Promise<void>
  stop(): Promise<void>
}

/** Starts the built website (.output) against a CMS, with this stack's webhook secret. */
export function startWebServer(options: { cmsUrl: string; secret: string; port?: number; env?: Record<string, string> }): Promise<WebProcess> {
  return startWebProcess({ cmsUrl: options.cmsUrl, port: options.port, env: { NUXT_REVALIDATE_SECRET: options.secret, ...options.env } })
}

/** `webEnv`: more settings for the website (e.g. a raised search limit for a bench). */
export async function startStack(options: { webEnv?: Record<string, string> } = {}): Promise<Stack> {
  const webPort = await freePort()
  const webUrl = `http://127.0.0.1:${webPort}`
  const secret = randomBytes(16).toString('hex')
  // With CLINIC_TEST_POSTGRES_URL the CMS runs on a throwaway PostgreSQL database (the
  // production database), else on a throwaway SQLite file.
  const database = postgresAdminUrl() ? await createThrowawayDatabase(postgresAdminUrl()!) : null
  // The CMS learns the site's address (WEB_URL) for its webhook before the site starts.
  let cms = await startCmsProcess({
    env: { WEB_URL: webUrl, REVALIDATE_SECRET: secret, ADMIN_EMAIL, ADMIN_PASSWORD, ...database?.env },
  })

  let web: WebProcess
  try {
    web = await startWebServer({ cmsUrl: cms.url, secret, port: webPort, env: options.webEnv })
  } catch (error) {
    await cms.stop()
    cms.cleanup()
    await database?.drop()
    throw error
  }

  let cmsStopped = false
  return {
    cmsUrl: cms.url,
    webUrl,
    secret,
    admin: await AdminClient.login(cms.url, ADMIN_EMAIL, ADMIN_PASSWORD),
    webOutput: web.output,
    async stopCms() {
      if (cmsStopped) return
      cmsStopped = true
      await cms.stop()
    },
    async restartCms() {
      if (!cmsStopped) return
      const previous = cms
      // On the previous database (previous.env names its file): keep that folder, which the
      // final cleanup removes, and drop the new, empty one this start made.
      const restarted = await startCmsProcess({ port: previous.port, env: previous.env })
      restarted.cleanup()
      cms = { ...restarted, cleanup: previous.cleanup }
      cmsStopped = false
    },
    async stop() {
      await web.stop()
      if (!cmsStopped) await cms.stop()
      cms.cleanup()
      await database?.drop()
    },
  }
}

/** What clinic staff do in the admin panel, through the same admin API (content-manager). */
export class AdminClient {
  readonly cmsUrl: string
  readonly token: string

  constructor(cmsUrl: string, token: string) {
    this.cmsUrl = cmsUrl
    this.token = token
  }

  static async login(cmsUrl: string, email: string, password: string): Promise<AdminClient> {
    const response = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    if (!response.ok) throw new Error(`Admin login failed: ${response.status} ${await response.text()}`)
    const { data } = (await response.json()) as { data: { token: string } }
    return new AdminClient(cmsUrl, data.token)
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.cmsUrl}/content-manager/collection-types/api::article.article${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
    return JSON.parse(text) as T
  }

  /** Saves a new article as a draft (as "Save" does) and returns its documentId. */
  async createDraftArticle(data: {
    title: string
    slug: string
    excerpt?: string
    text?: string
    body?: unknown[]
    cover?: number
    commentsEnabled?: boolean
    seo?: { noIndex?: boolean; metaTitle?: string }
  }): Promise<string> {
    const { text = 'An article written by the end-to-end tests.', body, ...fields } = data
    const created = await this.call<{ data: { documentId: string } }>('POST', '', {
      ...fields,
      body: body ?? [{ type: 'paragraph', children: [{ type: 'text', text }] }],
    })
    return created.data.documentId
  }

  /** Uploads an image to the Media Library (the CMS makes its resized copies) and returns the file. */
  async uploadImage(bytes: Buffer, name: string, alternativeText: string): Promise<UploadedFile> {
    const form = new FormData()
    form.append('files', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name)
    form.append('fileInfo', JSON.stringify({ alternativeText }))
    const response = await fetch(`${this.cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${this.token}` }, body: form })
    const text = await response.text()
    if (!response.ok) throw new Error(`upload: ${response.status} ${text}`)
    return (JSON.parse(text) as UploadedFile[])[0]!
  }

  /** Saves a draft; with `locale`, that language's version (a first save there creates it, as the admin does). */
  async updateDraft(documentId: string, data: Record<string, unknown>, locale?: string): Promise<void> {
    await this.call('PUT', `/${documentId}${locale ? `?locale=${locale}` : ''}`, data)
  }

  async publish(documentId: string, locale?: string): Promise<void> {
    await this.call('POST', `/${documentId}/actions/publish${locale ? `?locale=${locale}` : ''}`, {})
  }

  async unpublish(documentId: string): Promise<void> {
    await this.call('POST', `/${documentId}/actions/unpublish`, {})
  }

  /** What the admin's preview panel asks for: the preview URL of one document (raw answer too). */
  async previewLink(uid: string, params: { documentId?: string; status?: 'draft' | 'published'; locale?: string }): Promise<{ url: string; body: string }> {
    const query = new URLSearchParams({ ...(params.documentId ? { documentId: params.documentId } : {}), status: params.status ?? 'draft', ...(params.locale ? { locale: params.locale } : {}) })
    const response = await fetch(`${this.cmsUrl}/content-manager/preview/url/${uid}?${query}`, { headers: { authorization: `Bearer ${this.token}` } })
    const body = await response.text()
    if (response.status !== 200) throw new Error(`preview url for ${uid}: ${response.status} ${body}`)
    return { url: (JSON.parse(body) as { data: { url: string } }).data.url, body }
  }
}

/**
 * Moderates a comment the way an Editor does in the admin (content-manager API); the CMS's own
 * webhook then tells the site, which the caller waits for.
 */
export async function moderateComment(stack: Pick<Stack, 'admin'>, documentId: string, moderation: 'pending' | 'approved' | 'rejected'): Promise<void> {
  const { cmsUrl, token } = stack.admin
  const response = await fetch(`${cmsUrl}/content-manager/collection-types/api::comment.comment/${documentId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ moderation }),
  })
  if (!response.ok) throw new Error(`moderate comment: ${response.status} ${await response.text()}`)
}

const STAFF_ONLY_TYPES = { inquiries: 'api::inquiry.inquiry', comments: 'api::comment.comment' } as const
type StaffOnlyType = keyof typeof STAFF_ONLY_TYPES

/** Entries of a staff-only type as staff see them in the admin (content-manager API), by field values. */
async function listAsStaff(stack: Pick<Stack, 'admin'>, type: StaffOnlyType, where: Record<string, string>, pageSize: number) {
  const query = new URLSearchParams({ page: '1', pageSize: String(pageSize) })
  Object.entries(where).forEach(([field, value], index) => query.set(`filters[$and][${index}][${field}][$eq]`, value))
  const response = await fetch(`${stack.admin.cmsUrl}/content-manager/collection-types/${STAFF_ONLY_TYPES[type]}?${query}`, {
    headers: { authorization: `Bearer ${stack.admin.token}` },
  })
  if (!response.ok) throw new Error(`listing ${type}: ${response.status} ${await response.text()}`)
  return (await response.json()) as { results: Record<string, unknown>[]; pagination: { total: number } }
}

/**
 * Counts what the CMS stored, through the admin API as staff read it. Consultation requests and
 * comments have no public read route at all, by design; the admin API works on SQLite and
 * PostgreSQL alike.
 */
export async function countRows(stack: Pick<Stack, 'admin'>, type: StaffOnlyType, where: Record<string, string> = {}): Promise<number> {
  return (await listAsStaff(stack, type, where, 1)).pagination.total
}

/** One stored entry of a staff-only type, by field values (documentId and stored fields). */
export async function findRow(stack: Pick<Stack, 'admin'>, type: StaffOnlyType, where: Record<string, string>): Promise<Record<string, unknown> | undefined> {
  return (await listAsStaff(stack, type, where, 1)).results[0]
}

export interface PlainResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
}

/**
 * An HTTP request sent from a chosen local address (any of 127.0.0.0/8 on Linux), so the site
 * sees distinct visitors without trusting a forwarded header: its rate limit is per address.
 */
export function requestFrom(address: string, url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<PlainResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: address }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(options.body)
  })
}

export interface UploadedFile {
  id: number
  url: string
  width: number
  height: number
  alternativeText: string
  formats: Record<string, { url: string; width: number; height: number }>
}

/** Fetches a page as a browser would ask for it. */
export async function getPage(url: string, headers: Record<string, string> = {}): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

/**
 * Every published article, newest first, a page of DEFAULT_PAGE_SIZE at a time: the CMS prices a
 * list by its page size (GRAPHQL_MAX_COST, 25000), so one page of 100 articles is refused.
 */
export async function listAllArticles(content: Pick<ContentClient, 'listArticles'>): Promise<ArticleSummary[]> {
  const first = await content.listArticles({ pageSize: DEFAULT_PAGE_SIZE })
  const items = [...first.items]
  for (let page = 2; page <= first.pageCount; page++) items.push(...(await content.listArticles({ page, pageSize: DEFAULT_PAGE_SIZE })).items)
  return items
}

/** Polls until `check` passes; returns the milliseconds it took. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check()) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`Condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

/** The JSON-LD objects of a page (throws if one does not parse). */
export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!))
}

/** Text content of an HTML fragment, roughly (tags dropped, whitespace collapsed, entities decoded). */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A notice's x-clinic-signature as the CMS makes it: t=<unix seconds>,v1=<HMAC of "t.body">. */
export function signNotice(body: string, secret: string, at = Date.now()): string {
  const t = Math.floor(at / 1000)
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`
}

/** Sends a change notice to the site as the CMS does: signed, with an id of its own (a repeat is a replay). */
export function sendNotice(webUrl: string, secret: string, notice: { event: string; model?: string; uid?: string }): Promise<Response> {
  const body = JSON.stringify({ id: randomUUID(), ...notice })
  return fetch(`${webUrl}/api/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-clinic-signature': signNotice(body, secret) }, body })
}
