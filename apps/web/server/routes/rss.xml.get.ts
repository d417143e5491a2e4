// /rss.xml: the 20 newest published articles (RSS 2.0).
import { en } from '#shared/messages/en'

const FEED_SIZE = 20

export default defineEventHandler(async (event) => {
  const { items } = await readContent(() => listArticles(1, FEED_SIZE, undefined))
  const self = siteUrl('/rss.xml')
  const newest = items[0]?.publishedAt

  const entries = items
    .map((article) => {
      const link = siteUrl(`/articles/${article.slug}`)
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
    <title>${xmlEscape(en.feed.title)}</title>
    <link>${xmlEscape(siteUrl('/articles'))}</link>
    <description>${xmlEscape(en.feed.description)}</description>
    <language>en-ca</language>
    <atom:link href="${xmlEscape(self)}" rel="self" type="application/rss+xml"/>
${newest ? `    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>\n` : ''}${entries}
  </channel>
</rss>
`
})
