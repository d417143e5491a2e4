// Test helpers shared by apps/cms, packages/client and apps/web.
export { startCms } from './start-cms.mjs';
export { freePort, startCmsProcess, waitForHealth } from './cms-process.mjs';
export { startWebProcess } from './web-process.mjs';
export { startNginx } from './nginx.mjs';
export { adminSettled, BROWSER_WAIT_MS, CHROMIUM_ARGS, launchChromium, logInToAdmin, openPage, trackNetwork, waitForGone, waitForNetworkIdle } from './browser.mjs';
export { throwawayCmsEnv } from './test-env.mjs';
export { createThrowawayDatabase, postgresAdminUrl } from './postgres.mjs';
export { cmsDir, repoRoot, webDir } from './paths.mjs';
