// What the probes know about the stack they attack: its two addresses, and the secrets the
// operator configured (a probe uses them only to check that they never come back in an answer,
// or to sign a webhook notice the way the CMS does).

export interface StackInfo {
  cmsUrl: string
  webUrl: string
  /** REVALIDATE_SECRET / NUXT_REVALIDATE_SECRET: signs the CMS's "content changed" notices. */
  revalidateSecret: string
  /** PREVIEW_SECRET / NUXT_PREVIEW_SECRET: lets the website's server read drafts. */
  previewSecret: string
  /** FORMS_SECRET / NUXT_FORMS_SECRET: only the website's server may submit visitor forms. */
  formsSecret: string
  /** DEMO_PASSWORD of author@clinic.local and editor@clinic.local. */
  demoPassword: string
  adminEmail: string
  adminPassword: string
  /** JWT_SECRET: signs site-user (users-permissions) tokens; used to mint one that "already existed". */
  jwtSecret: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo
  }
}

/** Fresh secrets for one stack, as the CMS's and the website's environment variables. */
export function stackSecrets(secret: () => string) {
  const known = {
    revalidateSecret: secret(),
    previewSecret: secret(),
    formsSecret: secret(),
    demoPassword: `Demo-${secret()}-1a`,
    adminEmail: 'security-owner@example.test',
    adminPassword: `Owner-${secret()}-1a`,
    jwtSecret: secret(),
  }
  return {
    known,
    cms: {
      REVALIDATE_SECRET: known.revalidateSecret,
      PREVIEW_SECRET: known.previewSecret,
      FORMS_SECRET: known.formsSecret,
      DEMO_PASSWORD: known.demoPassword,
      ADMIN_EMAIL: known.adminEmail,
      ADMIN_PASSWORD: known.adminPassword,
      JWT_SECRET: known.jwtSecret,
    },
    web: {
      NUXT_REVALIDATE_SECRET: known.revalidateSecret,
      NUXT_PREVIEW_SECRET: known.previewSecret,
      NUXT_FORMS_SECRET: known.formsSecret,
    },
  }
}
