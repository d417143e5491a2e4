import { defineCollection, defineContentConfig, z } from '@nuxt/content'

// @nuxt/content has no i18n of its own: one collection per language, the same page names in each
// (content/privacy.md and content/fr/privacy.md are both /privacy in their collection).
const schema = z.object({
  /** The date the text last changed, YYYY-MM-DD. */
  updated: z.string().optional(),
})

export default defineContentConfig({
  collections: {
    // Pages the clinic owns in this repository: /privacy, /accessibility (English)…
    pages: defineCollection({ type: 'page', source: '*.md', schema }),
    // …and /fr/confidentialite, /fr/accessibilite (French).
    pages_fr: defineCollection({ type: 'page', source: { include: 'fr/*.md', prefix: '/' }, schema }),
  },
})
