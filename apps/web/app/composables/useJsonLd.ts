import { serializeJsonLd } from '~/utils/structured-data'

/** Adds one <script type="application/ld+json"> per object to the page head. */
export function useJsonLd(...items: Record<string, unknown>[]): void {
  useHead({
    script: items.map((item) => ({ type: 'application/ld+json', innerHTML: serializeJsonLd(item) })),
  })
}
