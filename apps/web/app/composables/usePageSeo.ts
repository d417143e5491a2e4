import type { Media } from '@clinic/client'
import { imageAtLeast, uploadPath } from '#shared/utils/media'

interface PageSeo {
  title: string
  description?: string | null
  /** Path of the canonical URL, with the query it needs (e.g. '/articles?page=2'). */
  path: string
  image?: Media | null
  /** The image's description in this page's language (else the Media Library's text). */
  imageAlt?: string | null
  type?: 'website' | 'article' | 'profile'
  noIndex?: boolean
  /** Use the title as is, without " · Northern Therapy Clinic". */
  fullTitle?: boolean
}

/** Title, description, canonical URL and Open Graph tags of a page. */
export function usePageSeo(page: PageSeo): void {
  const t = useMessages()
  const siteUrl = useSiteUrl()
  const url = `${siteUrl}${page.path}`
  const title = page.fullTitle ? page.title : `${page.title}${t.site.titleSeparator}${t.clinic.name}`
  const description = page.description?.trim() || t.site.defaultDescription
  const image = page.image ? imageAtLeast(page.image, 1000) : undefined
  const imagePath = image ? uploadPath(image.url) : undefined

  useHead({ title, link: [{ rel: 'canonical', href: url }] })
  useSeoMeta({
    description,
    robots: page.noIndex ? 'noindex' : undefined,
    ogTitle: page.title,
    ogDescription: description,
    ogUrl: url,
    ogType: page.type ?? 'website',
    ogSiteName: t.clinic.name,
    ogLocale: t.ogLocale,
    ogImage: imagePath ? `${siteUrl}${imagePath}` : undefined,
    ogImageWidth: imagePath ? image?.width : undefined,
    ogImageHeight: imagePath ? image?.height : undefined,
    ogImageAlt: imagePath ? page.imageAlt || page.image?.alternativeText || undefined : undefined,
    twitterCard: imagePath ? 'summary_large_image' : 'summary',
  })
}
