/** What went wrong, so that apps can decide what to do (retry, show a 404, alert someone). */
export type ContentClientErrorKind =
  /** The request never got an answer: DNS, refused connection, CORS, offline. */
  | 'network'
  /** No answer within `timeoutMs`; the request was aborted. */
  | 'timeout'
  /** The server answered with a non-2xx status, or with something that is not GraphQL JSON. */
  | 'http'
  /** The CMS answered with GraphQL errors (bad query, depth or page-size limits, forbidden field…). */
  | 'graphql'

export interface ContentClientErrorDetails {
  kind: ContentClientErrorKind
  endpoint: string
  operation: string
  status?: number
  cause?: unknown
}

/** The one error class the client throws for anything that goes wrong with a request. */
export class ContentClientError extends Error {
  override name = 'ContentClientError'
  readonly kind: ContentClientErrorKind
  readonly endpoint: string
  readonly operation: string
  readonly status?: number

  constructor(detail: string, { kind, endpoint, operation, status, cause }: ContentClientErrorDetails) {
    // The message names the operation and the endpoint: logs then say where to look without a stack.
    super(`${operation} (${endpoint}): ${detail}`, { cause })
    this.kind = kind
    this.endpoint = endpoint
    this.operation = operation
    if (status !== undefined) this.status = status
  }
}
