// Clinic staff as the admin panel speaks for them: log in at /admin/login, then the admin API
// (content-manager, upload) with the session's bearer token. The Author and the Editor are the
// CMS's demo accounts (local default only), the owner is the first Super Admin.
import { expect } from 'vitest'
import { cms, postFrom, randomLoopback, stack, type Answer } from './http'

export type Role = 'author' | 'editor' | 'owner'

const ARTICLES = '/content-manager/collection-types/api::article.article'

const sessions = new Map<Role, Promise<Staff>>()

/** One login per role and probe file (from its own loopback address: see postFrom). */
export function staff(role: Role): Promise<Staff> {
  let session = sessions.get(role)
  if (!session) {
    session = Staff.login(role)
    sessions.set(role, session)
  }
  return session
}

export interface ArticleInput {
  title: string
  text?: string
  body?: unknown[]
  [field: string]: unknown
}

export const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }]

export class Staff {
  constructor(
    readonly role: Role,
    readonly token: string,
  ) {}

  static async login(role: Role): Promise<Staff> {
    const { demoPassword, adminEmail, adminPassword } = stack()
    const [email, password] = role === 'owner' ? [adminEmail, adminPassword] : [`${role}@clinic.local`, demoPassword]
    const response = await postFrom(randomLoopback(), `${stack().cmsUrl}/admin/login`, { email, password })
    if (response.status !== 200) throw new Error(`${role} could not log in: ${response.status} ${response.text}`)
    return new Staff(role, JSON.parse(response.text).data.token)
  }

  /** Any admin API call as this person. */
  call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const isForm = body instanceof FormData
    return cms(path, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    })
  }

  /** "Save" on a new article: a draft. */
  createArticle(input: ArticleInput): Promise<Answer> {
    const { text = 'Written by the security suite.', body, ...fields } = input
    return this.call('POST', ARTICLES, { ...fields, body: body ?? paragraph(text) })
  }

  /** Creates a draft and returns its documentId (fails the probe if the admin refuses). */
  async draft(input: ArticleInput): Promise<string> {
    const created = await this.createArticle(input)
    expect(created.status, created.text).toBeLessThan(300)
    return created.json.data.documentId as string
  }

  updateArticle(documentId: string, data: Record<string, unknown>): Promise<Answer> {
    return this.call('PUT', `${ARTICLES}/${documentId}`, data)
  }

  publish(documentId: string): Promise<Answer> {
    return this.call('POST', `${ARTICLES}/${documentId}/actions/publish`, {})
  }

  /** Publishes and fails the probe if the admin refuses. */
  async published(documentId: string): Promise<void> {
    const result = await this.publish(documentId)
    expect(result.status, result.text).toBe(200)
  }

  /** The draft version as the admin's edit view loads it. */
  async readDraft(documentId: string): Promise<Record<string, any>> {
    const result = await this.call('GET', `${ARTICLES}/${documentId}?status=draft`)
    expect(result.status, result.text).toBe(200)
    return result.json.data
  }

  /** Creates a published article (as an Editor or the owner) and returns documentId and slug. */
  async publishedArticle(input: ArticleInput): Promise<{ documentId: string; slug: string }> {
    const documentId = await this.draft(input)
    await this.published(documentId)
    const { slug } = await this.readDraft(documentId)
    return { documentId, slug }
  }
}

/** documentId of a published therapist (the seed's), for relations. */
export async function therapistDocumentId(slug = 'maya-thompson'): Promise<string> {
  const result = await cms(`/api/therapists?filters[slug][$eq]=${slug}&fields[0]=slug`)
  expect(result.status, result.text).toBe(200)
  return result.json.data[0].documentId
}
