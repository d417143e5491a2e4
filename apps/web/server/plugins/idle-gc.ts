// The collector's young-generation pauses fall between requests instead of inside page renders
// (packages/idle-gc; apps/web/README.md, "Cold renders", has the figures).
import { startIdleCollection } from '@clinic/idle-gc'

export default defineNitroPlugin(() => {
  startIdleCollection()
})
