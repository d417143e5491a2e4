import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import type { DocumentNode } from 'graphql'
import { ClientError, GraphQLClient, type RequestOptions, type Variables } from 'graphql-request'
import { ContentClientError, type ContentClientErrorKind } from './errors.js'

export interface RequestSettings {
  /** Absolute URL of the CMS's GraphQL endpoint (graphql-request calls `new URL(endpoint)` with no base). */
  endpoint: string
  /** Strapi API token, sent as `Authorization: Bearer <token>`. */
  token?: string
  /** A fetch to use instead of `globalThis.fetch` (tests, instrumentation, Nuxt's `$fetch.raw` is NOT one). */
  fetch?: typeof fetch
  /** Abort a request that has no answer after this many milliseconds; 0 turns the timeout off. */
  timeoutMs?: number
  /** Extra headers sent with every request. */
  headers?: Record<string, string>
}

/** Runs one typed GraphQL operation and turns every failure into a ContentClientError. */
export type Run = <TResult, TVariables extends Variables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
) => Promise<TResult>

export const DEFAULT_TIMEOUT_MS = 8000

export function createRequester({ endpoint, token, fetch, timeoutMs = DEFAULT_TIMEOUT_MS, headers }: RequestSettings): Run {
  // Fail at creation, not at the first request, when the URL can never work.
  if (!URL.canParse(endpoint)) {
    throw new TypeError(`@clinic/client: endpoint must be an absolute URL such as http://localhost:1337/graphql, got "${endpoint}"`)
  }
  const sentHeaders = token ? { ...headers, Authorization: `Bearer ${token}` } : { ...headers }
  // setTimeout fires at once for delays above 2^31-1 ms: treat those (and 0) as no timeout.
  const hasTimeout = timeoutMs > 0 && timeoutMs <= 2 ** 31 - 1

  return async <TResult, TVariables extends Variables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables) => {
    const operation = operationName(document)
    const fail = (kind: ContentClientErrorKind, detail: string, status?: number, cause?: unknown) =>
      new ContentClientError(detail, { kind, endpoint, operation, status, cause })

    const controller = new AbortController()
    let fetchError: { error: unknown } | undefined
    const client = new GraphQLClient(endpoint, {
      headers: sentHeaders,
      signal: controller.signal,
      // Looked up per request so that a fetch stubbed after creation is used; wrapped so that a
      // request that never got an answer ('network') is told apart from an unusable answer ('http').
      fetch: (input, init) =>
        (fetch ?? globalThis.fetch)(input, init).catch((error: unknown) => {
          fetchError = { error }
          throw error
        }),
    })

    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      if (!hasTimeout) return
      timer = setTimeout(() => {
        controller.abort()
        reject(fail('timeout', `no answer within ${timeoutMs} ms, request aborted`))
      }, timeoutMs)
    })

    try {
      // The cast: graphql-request's conditional `variables` type cannot be resolved for a generic TVariables.
      const request = client.request<TResult, TVariables>({ document, variables } as unknown as RequestOptions<TVariables, TResult>)
      // Racing the timer keeps the promise to callers even if a custom fetch ignores the abort signal.
      return await Promise.race([request, timeout])
    } catch (error) {
      if (error instanceof ContentClientError) throw error
      if (error instanceof ClientError) {
        const { status, errors } = error.response
        if (errors?.length) {
          // Strapi's own messages (validation, depth and page-size limits, forbidden) are the useful part.
          throw fail('graphql', errors.map((e) => e.message).join('; '), status, error)
        }
        throw fail('http', `HTTP ${status}${status === 404 ? ' (is this the CMS GraphQL endpoint?)' : ''}`, status, error)
      }
      if (fetchError) throw fail('network', describeNetworkError(fetchError.error), undefined, fetchError.error)
      throw fail('http', `the answer is not GraphQL JSON: ${shorten(String((error as Error)?.message ?? error))}`, undefined, error)
    } finally {
      clearTimeout(timer)
    }
  }
}

function operationName(document: DocumentNode): string {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value
  }
  return 'anonymous operation'
}

// Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is in `cause`.
function describeNetworkError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : ''
  return cause && !message.includes(cause) ? `${message} (${cause})` : message
}

function shorten(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine
}
