// The clinic's public website. Read README.md (this folder) first: where things live, the checks to run.
//
// Shape of a request for a page:
//   visitor → server/middleware/0.pages.ts: canonical URL (server/utils/page-routes.ts) → page
//   cache (Nitro storage `cache`; identity, gzip and br made once) → on a miss, one in-process
//   render: nuxt-security headers → Vue SSR → useFetch('/api/content/...') in-process → data
//   cache (same storage) → @clinic/client → CMS /graphql.
// The CMS webhook (server/api/revalidate.post.ts) moves the content version in every cache key
// (server/utils/content-version.ts), then the most visited pages are rendered again (page-warming.ts).
// French: every page also answers under /fr with French path names (shared/i18n.ts; the copies are
// made in `pages:extend` below), with the same route rules.
import { PAGE_PATHS, type PageName } from './shared/i18n'

export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  modules: ['@nuxt/content', 'nuxt-security'],
  telemetry: false,
  devtools: { enabled: false },

  css: ['~/assets/css/main.css'],

  app: {
    head: {
      // app.vue sets the page's own language (en-CA, or fr-CA under /fr).
      htmlAttrs: { lang: 'en-CA' },
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'theme-color', content: '#1d4f4a' },
        { name: 'format-detection', content: 'telephone=no' },
      ],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },

  runtimeConfig: {
    // Server only: the CMS address and token never reach the browser.
    cmsUrl: 'http://localhost:1337', // NUXT_CMS_URL
    cmsToken: '', // NUXT_CMS_TOKEN (optional: a read-only Strapi API token)
    revalidateSecret: '', // NUXT_REVALIDATE_SECRET (shared with the CMS; webhook refused while empty)
    formsSecret: '', // NUXT_FORMS_SECRET (the CMS's FORMS_SECRET; forms answer "try again later" while empty)
    previewSecret: '', // NUXT_PREVIEW_SECRET (the CMS's PREVIEW_SECRET; /api/preview answers 404 while empty)
    cmsPublicUrl: '', // NUXT_CMS_PUBLIC_URL: where staff open the CMS admin, if not NUXT_CMS_URL (may frame previews)
    cacheDisabled: false, // NUXT_CACHE_DISABLED=true: render every request afresh (benchmarks, debugging)
    searchRateLimit: 0, // NUXT_SEARCH_RATE_LIMIT: searches per address per minute (0: the default, 30)
    redisUrl: '', // NUXT_REDIS_URL: several instances share cache, rate limits and form state in Redis (server/plugins/redis-storage.ts)
    trustedProxies: '', // NUXT_TRUSTED_PROXIES: comma-separated proxy addresses/CIDRs whose X-Forwarded-For is believed (server/utils/visitor.ts)
    idleGc: true, // NUXT_IDLE_GC=false: no young-generation collections between requests (server/plugins/idle-gc.ts says what each way costs)
    warmPages: 30, // NUXT_WARM_PAGES: how many of the most visited pages are rendered again right after a change notice (0: none; server/utils/page-warming.ts)
    mediaUrl: '', // NUXT_MEDIA_URL: where /uploads/** files live when not on the CMS (an S3 bucket URL); default NUXT_CMS_URL/uploads
    public: {
      siteUrl: 'http://localhost:3000', // NUXT_PUBLIC_SITE_URL: canonical URLs, sitemap, feed
    },
  },

  routeRules: {
    // No page needs Nuxt's JavaScript (the menu is CSS-only), so none is sent. Pages with a visitor
    // form add one small script of their own (public/js/forms.js, through useHead): noScripts only
    // leaves out Nuxt's entry and payload, not scripts a page asks for.
    // Which pages are cached, and for how long, is server/utils/page-routes.ts and page-cache.ts
    // (not Nitro's swr rules: those would cache every query string, and compress nothing).
    '/**': { noScripts: true },
    // The webhook body is the CMS entry itself (article text may legitimately contain "<script>").
    '/api/revalidate': { security: { xssValidator: false } },
    // Visitor forms answer bad input (markup, oversized bodies) with their own messages, next to
    // the field: the generic validator and size limiter would answer a bare 400/413 first.
    '/forms/**': { security: { xssValidator: false, requestSizeLimiter: false } },
    // A search may contain "<script>" or quotes (someone searching for them, or pasting): the page
    // shows such words as text (Vue escapes them; highlights are text segments), so the generic
    // validator's bare 400 would only refuse an honest search.
    '/search': { security: { xssValidator: false } },
    '/fr/recherche': { security: { xssValidator: false } },
    '/api/search': { security: { xssValidator: false } },
  },

  features: {
    // Pages are small: inlining the CSS saves a render-blocking request on slow rural connections.
    inlineStyles: true,
  },

  experimental: {
    // Cached routes would otherwise advertise a _payload.json that no page (all script-free) reads.
    payloadExtraction: false,
  },

  nitro: {
    compressPublicAssets: { gzip: true, brotli: true },
    storage: {
      // Rendered pages (server/utils/page-cache.ts, keys `pages:*`) and CMS answers. Bounded in
      // memory; swap for { driver: 'redis', url } when the site runs on more than one instance
      // (the webhook sweeps this mount, whatever its driver).
      cache: { driver: 'lru-cache', max: 5000, maxSize: 64 * 1024 * 1024 },
      // Visitor forms (neither is cleared by the webhook; Redis too when there is more than one
      // instance). Separate mounts, so a flood of refused posts cannot push the counts out.
      // Per-address counts for the rate limit, kept an hour:
      'rate-limits': { driver: 'lru-cache', max: 50000, ttl: 60 * 60 * 1000 },
      // Refused posts waiting to be shown again (messages and typed values), ten minutes at most:
      'form-state': { driver: 'lru-cache', max: 5000, maxSize: 32 * 1024 * 1024, ttl: 10 * 60 * 1000 },
    },
  },

  content: {
    experimental: { sqliteConnector: 'native' },
    renderer: { anchorLinks: false },
    build: { markdown: { toc: { depth: 2 } } },
  },

  security: {
    // No nonce: pages carry no executable inline script at all, and a per-request nonce would be
    // frozen into the cached HTML anyway. JSON-LD (type application/ld+json) is data, not script.
    nonce: false,
    // In-memory rate limiting would be per-instance state; pages are cached, and forms will bring
    // their own limiter backed by Nitro storage.
    rateLimiter: false,
    // Same-origin only: nothing on this site is meant to be read by other sites' scripts.
    corsHandler: false,
    // Server logs are wanted (CMS failures); the browser gets no JavaScript to strip.
    removeLoggers: false,
    headers: {
      contentSecurityPolicy: {
        'default-src': ["'self'"],
        'base-uri': ["'none'"],
        'connect-src': ["'self'"],
        'font-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'frame-src': ["'none'"],
        'img-src': ["'self'", 'data:'],
        'manifest-src': ["'self'"],
        'media-src': ["'self'"],
        'object-src': ["'none'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'worker-src': ["'self'"],
        'upgrade-insecure-requests': false,
      },
      strictTransportSecurity: { maxAge: 63072000, includeSubdomains: true, preload: false },
      // Which articles someone reads about mental health is nobody else's business.
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      crossOriginEmbedderPolicy: 'require-corp',
      permissionsPolicy: {
        camera: [],
        microphone: [],
        geolocation: [],
        payment: [],
        usb: [],
        'display-capture': [],
        fullscreen: [],
      },
    },
  },

  typescript: {
    strict: true,
  },

  hooks: {
    // Draft preview: each previewable page also answers under /__preview, a path no route cache
    // covers. Only /api/preview reaches it, in-process (server/utils/preview.ts).
    'pages:extend'(pages) {
      // French: each page again under its French address (/therapists/:slug → /fr/therapeutes/:slug).
      for (const page of [...pages]) {
        const [first = '', ...rest] = page.path.replace(/^\//, '').split('/')
        const name = (Object.keys(PAGE_PATHS) as PageName[]).find((key) => PAGE_PATHS[key].en === `/${first}`)
        if (page.name && name) pages.push({ ...page, name: `fr-${page.name}`, path: [PAGE_PATHS[name].fr, ...rest].join('/') })
      }
      const previewable = new Set(['index', 'articles-slug', 'therapists-slug', 'approaches-slug'])
      for (const page of [...pages]) {
        if (page.name && previewable.has(page.name.replace(/^fr-/, ''))) {
          pages.push({ ...page, name: `preview-${page.name}`, path: page.path === '/' ? '/__preview' : `/__preview${page.path}` })
        }
      }
    },
  },
})
