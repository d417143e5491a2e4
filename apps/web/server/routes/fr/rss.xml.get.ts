// /fr/rss.xml: the 20 newest published articles in French (RSS 2.0).
export default defineEventHandler((event) => renderFeed(event, 'fr'))
