import { defineCollection, defineContentConfig, z } from '@nuxt/content'

export default defineContentConfig({
  collections: {
    // Pages the clinic owns in this repository: /privacy, /accessibility.
    pages: defineCollection({
      type: 'page',
      source: '*.md',
      schema: z.object({
        /** The date the text last changed, YYYY-MM-DD. */
        updated: z.string().optional(),
      }),
    }),
  },
})
