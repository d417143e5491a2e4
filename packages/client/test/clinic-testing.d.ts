// @clinic/testing is plain .mjs; the part of its API these tests use.
declare module '@clinic/testing' {
  export interface StartedCms {
    url: string
    graphqlUrl: string
    // A booted Strapi instance; only `documents()` is used here.
    strapi: { documents(uid: string): any }
    createApiToken(type?: 'read-only' | 'full-access', name?: string): Promise<string>
    createDraftArticle(data?: Record<string, unknown>): Promise<{ documentId: string; slug: string; title: string }>
    stop(): Promise<void>
  }
  export function startCms(options?: { env?: Record<string, string>; seed?: boolean }): Promise<StartedCms>
}
