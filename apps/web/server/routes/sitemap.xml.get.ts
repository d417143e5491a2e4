// /sitemap.xml: the fixed pages, then every published article, therapist and approach.
const indexable = (entry: { seo?: { noIndex?: boolean | null } | null }) => !entry.seo?.noIndex

export default defineEventHandler(async (event) => {
  const [articles, therapists, approaches] = await readContent(() =>
    Promise.all([listAllArticles(), listTherapists(), listApproaches()]),
  )

  const entries: { path: string; lastmod?: string }[] = [
    { path: '/' },
    { path: '/articles' },
    { path: '/therapists' },
    { path: '/approaches' },
    { path: '/get-help' },
    { path: '/contact' },
    { path: '/privacy' },
    { path: '/accessibility' },
    // Pages staff marked "no index" (SEO component) carry a robots noindex: leave them out here too.
    ...articles.filter(indexable).map((article) => ({ path: `/articles/${article.slug}`, lastmod: article.updatedAt ?? article.publishedAt ?? undefined })),
    ...therapists.filter(indexable).map((therapist) => ({ path: `/therapists/${therapist.slug}` })),
    ...approaches.filter(indexable).map((approach) => ({ path: `/approaches/${approach.slug}` })),
  ]

  const urls = entries
    .map(({ path, lastmod }) => {
      const date = isoDate(lastmod)
      return `  <url><loc>${xmlEscape(siteUrl(path))}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}</url>`
    })
    .join('\n')

  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
})
