// @nuxt/content answers SQL queries under /__nuxt_content/ for client-side navigation, which this
// script-free site never does: pages query it in-process during SSR. From outside, answer 404
// (an arbitrary SQL body would otherwise end in a 500). The prerendered sql_dump.txt of the two
// public Markdown pages stays a static file.
export default defineEventHandler((event) => {
  if (!event.path.startsWith('/__nuxt_content/')) return
  if ('__unenv__' in event.node.req) return // in-process request from the server-side render
  throw createError({ statusCode: 404, statusMessage: 'Not found' })
})
