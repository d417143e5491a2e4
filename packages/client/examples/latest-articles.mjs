// Prints the 5 latest articles from a running CMS.
//   pnpm --filter @clinic/client build
//   CMS_URL=http://localhost:1337 pnpm --filter @clinic/client example
import { ContentClientError, createContentClient, readingMinutes } from '@clinic/client'

const cmsUrl = (process.env.CMS_URL ?? 'http://localhost:1337').replace(/\/+$/, '')
const client = createContentClient({ endpoint: `${cmsUrl}/graphql`, token: process.env.CMS_TOKEN })

try {
  const { items, total } = await client.listArticles({ pageSize: 5 })
  console.log(`${total} published article(s) at ${cmsUrl}; the latest ${items.length}:\n`)
  for (const summary of items) {
    const article = await client.getArticle(summary.slug)
    const date = summary.publishedAt?.slice(0, 10) ?? 'unpublished'
    const topics = summary.topics.map((topic) => topic.name).join(', ') || 'no topic'
    console.log(`${date}  ${summary.title}`)
    console.log(`            /articles/${summary.slug} · ${readingMinutes(article?.body)} min read · ${topics}`)
  }
} catch (error) {
  if (!(error instanceof ContentClientError)) throw error
  console.error(`Could not read the CMS (${error.kind}): ${error.message}`)
  process.exitCode = 1
}
