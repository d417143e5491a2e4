// What the site search indexes, in one language: the CMS's published articles, approaches and
// therapists (through @clinic/client: published only, and private fields such as editorNotes are
// not even in the API), the clinic's own Markdown pages (@nuxt/content) and the contact and help
// pages (the message catalogue). Entries not translated yet are indexed in English under the
// French site too, as the French lists show them.
import { blocksToPlainText, type SearchContent } from '@clinic/client'
import type { H3Event } from 'h3'
import { queryCollectionSearchSections } from '@nuxt/content/server'
import { entryPath, pagePath, type SiteLocale } from '#shared/i18n'
import { messagesFor } from '#shared/messages'
import type { SearchKind } from '#shared/search/results'
import { contentVersion } from './content-version'


export interface SearchDocument {
  id: string
  kind: SearchKind
  path: string
  /** The language of the text (an untranslated entry keeps its own). */
  locale: SiteLocale
  title: string
  /** Topics, approaches, focus areas: ranked just below the title. */
  topics: string
  text: string
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ')

function fromCms(content: SearchContent, locale: SiteLocale): SearchDocument[] {
  return [
    ...content.articles.map((article) => ({
      id: `article:${article.documentId}`,
      kind: 'article' as const,
      path: entryPath('article', article.slug, locale),
      locale,
      title: article.title,
      topics: article.topics.map((topic) => topic.name).join(' · '),
      text: join(article.excerpt, blocksToPlainText(article.body)),
    })),
    ...content.approaches.map((approach) => ({
      id: `approach:${approach.documentId}`,
      kind: 'approach' as const,
      path: entryPath('approach', approach.slug, locale),
      locale,
      title: approach.fullName && approach.fullName !== approach.name ? `${approach.name} (${approach.fullName})` : approach.name,
      topics: '',
      text: join(approach.summary, blocksToPlainText(approach.description)),
    })),
    ...content.therapists.map((therapist) => ({
      id: `therapist:${therapist.documentId}`,
      kind: 'therapist' as const,
      path: entryPath('therapist', therapist.slug, locale),
      locale,
      title: therapist.credentials ? `${therapist.name}, ${therapist.credentials}` : therapist.name,
      topics: [...therapist.approaches.map((approach) => approach.name), ...therapist.focusAreas.map((area) => area.text)].join(' · '),
      text: join(therapist.role, therapist.languages.map((language) => language.text).join(', '), therapist.shortBio, blocksToPlainText(therapist.bio)),
    })),
  ]
}

/**
 * One language's published content from the CMS, kept in the `cache` storage under the index
 * version it was read for (server/utils/search-index.ts): the French index, which adds the English
 * entries not translated yet, reuses the English read, and other instances (Redis) take it from
 * there instead of asking the CMS again. Keyed by the content version (swept after a change) and
 * the index version, so a read that began before a change notice and was stored after it never feeds an
 * index built for the change.
 */
const readSearchContent = defineCachedFunction((locale: SiteLocale, _version: string) => useContentClient().listSearchContent({ locale }), {
  name: 'search-content',
  group: 'content',
  maxAge: 300,
  swr: false,
  getKey: (locale: SiteLocale, version: string) => `${contentVersion()}.${locale}.${version}`,
})

/** The site's own pages: Markdown statements and the catalogue's contact and help pages. */
async function ownPages(event: H3Event, locale: SiteLocale): Promise<{ pages: SearchDocument[]; complete: boolean }> {
  const t = messagesFor(locale)
  const pages: SearchDocument[] = [
    { id: 'page:getHelp', kind: 'page', path: pagePath('getHelp', locale), locale, title: t.getHelp.title, topics: '', text: join(t.getHelp.description, t.helpLines.intro, t.helpLines.notEmergency, ...t.helpLines.fallback.map((line) => join(line.name, line.phone, line.audience))) },
    { id: 'page:contact', kind: 'page', path: pagePath('contact', locale), locale, title: t.contact.title, topics: '', text: join(t.contact.description, t.contact.notEmergency, t.contact.fundingIntro, t.clinic.phone) },
  ]
  let sections: Awaited<ReturnType<typeof queryCollectionSearchSections>>
  try {
    // One query for the collection's sections, shared by both statements.
    sections = await queryCollectionSearchSections(event, locale === 'fr' ? 'pages_fr' : 'pages')
  } catch (error) {
    console.error('[search] Markdown pages could not be read', error)
    return { pages, complete: false }
  }
  for (const page of ['privacy', 'accessibility'] as const) {
    const own = sections.filter((section) => section.id === `/${page}` || section.id.startsWith(`/${page}#`))
    if (!own.length) continue
    pages.push({ id: `page:${page}`, kind: 'page', path: pagePath(page, locale), locale, title: own[0]!.title, topics: own.slice(1).map((section) => section.title).join(' · '), text: own.map((section) => section.content).join(' ') })
  }
  return { pages, complete: true }
}

// The site's own pages come with the build (Markdown, the message catalogue): read once per process.
const ownPagesRead = new Map<SiteLocale, SearchDocument[]>()

async function ownPagesOnce(event: H3Event, locale: SiteLocale): Promise<SearchDocument[]> {
  const known = ownPagesRead.get(locale)
  if (known) return known
  const { pages, complete } = await ownPages(event, locale)
  if (complete) ownPagesRead.set(locale, pages)
  return pages
}

/** Every document of one language's index, for index version `version`. */
export async function readSearchDocuments(event: H3Event, locale: SiteLocale, version: string): Promise<SearchDocument[]> {
  const [content, fallback, pages] = await Promise.all([
    readSearchContent(locale, version),
    locale === 'en' ? null : readSearchContent('en', version),
    ownPagesOnce(event, locale),
  ])
  const documents = fromCms(content, locale)
  if (fallback) {
    const have = new Set(documents.map((document) => document.id))
    documents.push(...fromCms(fallback, 'en').filter((document) => !have.has(document.id)))
  }
  return [...documents, ...pages]
}
