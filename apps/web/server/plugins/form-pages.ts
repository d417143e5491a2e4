// A page rendered for ?form=<token> holds one visitor's messages and typed values: it must never
// land in the page cache (server/utils/page-cache.ts stores no no-store render) nor a browser's.
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    if (event.context.formToken !== undefined) {
      response.headers = { ...response.headers, 'cache-control': 'no-store' }
    }
  })
})
