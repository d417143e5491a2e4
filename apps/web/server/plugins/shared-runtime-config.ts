// Every request reads the runtime config made at boot.
//
// Nitro gives each request that asks for it (Nuxt's renderer does, for every page) a copy of its
// own: a deep clone of the whole config, then each of its ~250 keys looked up in process.env
// again. Profiled on a cold article render that was about 1.5 ms of CPU, the largest cost outside
// Vue. This site reads its configuration from the environment once, at boot, and nothing changes
// it per request, so each request is handed the boot-time copy, which Nitro has frozen: code that
// tried to change it for one request would throw instead of leaking into the next.
export default defineNitroPlugin((nitroApp) => {
  const shared = useRuntimeConfig()
  nitroApp.hooks.hook('request', (event) => {
    event.context.nitro.runtimeConfig = shared
  })
})
