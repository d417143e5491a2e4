import { join } from 'node:path';
import request from 'supertest';
import { startCms } from '@clinic/testing';

export type Cms = Awaited<ReturnType<typeof startCms>>;

export async function bootCms(options?: Parameters<typeof startCms>[0]) {
  const cms = await startCms(options);
  const http = () => request(cms.httpServer);
  /** POST a GraphQL query as a visitor (or with a token). */
  const graphql = (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const req = http().post('/graphql').send({ query, variables });
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  /** Loads a compiled CMS module (compileStrapi wrote src/ to dist/src). */
  const cmsModule = <T>(path: string): T => require(join(cms.strapi.dirs.dist.src, path)) as T;
  return { cms, http, graphql, cmsModule };
}
