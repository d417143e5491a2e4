// Test helpers shared by apps/cms, packages/client and apps/web.
export { startCms } from './start-cms.mjs';
export { startCmsProcess, waitForHealth } from './cms-process.mjs';
export { throwawayCmsEnv } from './test-env.mjs';
export { cmsDir, repoRoot, webDir } from './paths.mjs';
