// /rss.xml: the 20 newest published articles in English (RSS 2.0). French: /fr/rss.xml.
export default defineEventHandler((event) => renderFeed(event, 'en'))
