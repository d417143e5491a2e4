// A page rendered for ?form=<token> holds one visitor's messages and typed values: it must never
// land in the route cache (the cache stores only responses without no-store).
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    if (event.context.formToken !== undefined) {
      response.headers = { ...response.headers, 'cache-control': 'no-store' }
    }
  })
})
