// One RSS 2.0 feed per language (/rss.xml, /fr/rss.xml): the 20 newest articles written in it.
import type { H3Event } from 'h3'
import { entryPath, LANGUAGE_TAGS, pagePath, type SiteLocale } from '#shared/i18n'
import { messagesFor } from '#shared/messages'

const FEED_SIZE = 20

export async function renderFeed(event: H3Event, locale: SiteLocale): Promise<string> {
  const t = messagesFor(locale)
  const { items } = await readContent(() => listArticles(1, FEED_SIZE, undefined, locale))
  const self = siteUrl(pagePath('rss', locale))
  const newest = items[0]?.publishedAt

  const entries = items
    .map((article) => {
      const link = siteUrl(entryPath('article', article.slug, locale))
      const pubDate = article.publishedAt ? new Date(article.publishedAt).toUTCString() : undefined
      return [
        '    <item>',
        `      <title>${xmlEscape(article.title)}</title>`,
        `      <link>${xmlEscape(link)}</link>`,
        `      <guid isPermaLink="true">${xmlEscape(link)}</guid>`,
        pubDate ? `      <pubDate>${pubDate}</pubDate>` : '',
        article.excerpt ? `      <description>${xmlEscape(article.excerpt)}</description>` : '',
        article.author ? `      <dc:creator>${xmlEscape(article.author.name)}</dc:creator>` : '',
        ...article.topics.map((topic) => `      <category>${xmlEscape(topic.name)}</category>`),
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n')
    })
    .join('\n')

  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${xmlEscape(t.feed.title)}</title>
    <link>${xmlEscape(siteUrl(pagePath('articles', locale)))}</link>
    <description>${xmlEscape(t.feed.description)}</description>
    <language>${LANGUAGE_TAGS[locale].toLowerCase()}</language>
    <atom:link href="${xmlEscape(self)}" rel="self" type="application/rss+xml"/>
${newest ? `    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>\n` : ''}${entries}
  </channel>
</rss>
`
}
