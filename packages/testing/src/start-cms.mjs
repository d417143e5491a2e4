import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cmsDir } from './paths.mjs';
import { createThrowawayDatabase, postgresAdminUrl } from './postgres.mjs';
import { throwawayCmsEnv } from './test-env.mjs';

// Boots the real CMS inside the test process on a throwaway SQLite file (seeded on first
// boot like a fresh install) and listens on a free port. Run test files one at a time:
// Strapi is a process-wide singleton.
export async function startCms({ env: overrides = {}, seed = true } = {}) {
  const database = postgresAdminUrl() ? await createThrowawayDatabase(postgresAdminUrl()) : null;
  const { dir, env } = throwawayCmsEnv({ SEED_ON_BOOT: String(seed), ...database?.env, ...overrides });
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);

  // The ESM build of @strapi/strapi fails on a lodash/fp directory import.
  const require = createRequire(join(cmsDir, 'package.json'));
  const { compileStrapi, createStrapi } = require('@strapi/strapi');

  const listeners = snapshotProcessListeners();
  const appContext = await compileStrapi({ appDir: cmsDir, ignoreDiagnostics: false });
  const strapi = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
  await strapi.server.mount();
  const httpServer = strapi.server.httpServer;
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address();
  const url = `http://127.0.0.1:${port}`;

  return {
    strapi,
    url,
    graphqlUrl: `${url}/graphql`,
    httpServer,
    /** A Strapi API token ('read-only' | 'full-access'); returns the secret to send as Bearer. */
    async createApiToken(type = 'read-only', name = `test-${type}-${Date.now()}`) {
      const token = await strapi.service('admin::api-token').create({ name, type, lifespan: null, description: 'test' });
      return token.accessKey;
    },
    /** Creates an article that exists only as a draft. */
    async createDraftArticle(data = {}) {
      return strapi.documents('api::article.article').create({
        data: { title: `Draft ${Date.now()}`, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Draft body.' }] }], ...data },
        status: 'draft',
      });
    },
    /** Publishes an article the way staff would, filed under the published topics with these slugs. */
    async createPublishedArticle({ topics = [], ...data }) {
      const found = topics.length ? await strapi.documents('api::topic.topic').findMany({ filters: { slug: { $in: topics } }, status: 'published' }) : [];
      return strapi.documents('api::article.article').create({
        data: { body: [{ type: 'paragraph', children: [{ type: 'text', text: `${data.title}.` }] }], ...data, topics: found.map((topic) => topic.documentId) },
        status: 'published',
      });
    },
    async stop() {
      await strapi.destroy();
      restoreProcessListeners(listeners);
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      rmSync(dir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}

// strapi.destroy() removes every process listener, including vitest's own.
function snapshotProcessListeners() {
  return process.eventNames().map((event) => [event, process.listeners(event)]);
}

function restoreProcessListeners(snapshot) {
  for (const [event, listeners] of snapshot) {
    const present = new Set(process.listeners(event));
    for (const listener of listeners) if (!present.has(listener)) process.on(event, listener);
  }
}
