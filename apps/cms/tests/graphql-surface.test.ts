import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

// /graphql follows the same CORS allow-list as REST, and its errors say what went wrong
// without stack traces or server paths.
let ctx: Awaited<ReturnType<typeof bootCms>>;
const ALLOWED = 'http://localhost:3000';
beforeAll(async () => { ctx = await bootCms({ seed: false, env: { CORS_ORIGINS: `${ALLOWED},http://localhost:1337` } }); });
afterAll(async () => { await ctx?.cms.stop(); });

const SERVER_PATHS = /node_modules|\/work\/|\/home\/|\/usr\/|\.js:\d+|stacktrace|at \w+ \(/;

describe('CORS on /graphql', () => {
  it('a page from another origin gets no CORS permission, as on REST', async () => {
    for (const path of ['/graphql', '/api/articles']) {
      const res = await ctx.http().post(path).set('Origin', 'https://evil.example').send({ query: '{ __typename }' });
      expect(res.headers['access-control-allow-origin'], path).toBeUndefined();
    }
  });

  it('the allowed origin gets CORS, named exactly (never *)', async () => {
    const res = await ctx.graphql('{ __typename }').set('Origin', ALLOWED).expect(200);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
  });

  it('a preflight never echoes requested secret headers, and is refused for other origins', async () => {
    const preflight = (origin: string) => ctx.http().options('/graphql').set('Origin', origin)
      .set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'x-clinic-preview-secret, x-anything');
    const evil = await preflight('https://evil.example');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const allowed = await preflight(ALLOWED);
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED);
    const headers = String(allowed.headers['access-control-allow-headers'] ?? '').toLowerCase();
    expect(headers).not.toContain('x-clinic-preview-secret');
    expect(headers).not.toContain('x-anything');
    expect(headers).toContain('content-type');
  });
});

describe('GraphQL errors', () => {
  it.each([
    ['an unknown field', '{ articles { nope } }'],
    ['a syntax error', '{ articles { '],
    ['a filter on a private field', '{ therapists(filters: { editorNotes: { contains: "a" } }) { name } }'],
    ['a bad argument value', '{ articles(pagination: { pageSize: "lots" }) { title } }'],
    ['a refused mutation', 'mutation { register(input: { username: "a", email: "a@example.com", password: "Valid-password-1" }) { jwt } }'],
    ['a forbidden collection', '{ usersPermissionsUsers { username } }'],
  ])('%s answers without stack traces or server paths', async (_label, query) => {
    const res = await ctx.graphql(query);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    for (const error of res.body.errors) expect(error.extensions?.stacktrace).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toMatch(SERVER_PATHS);
  });
});
