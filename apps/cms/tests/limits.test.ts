import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@clinic/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

const MAX_RESPONSE_BYTES = 300_000;
let ctx: Awaited<ReturnType<typeof bootCms>>;
beforeAll(async () => { ctx = await bootCms({ env: { API_MAX_RESPONSE_BYTES: String(MAX_RESPONSE_BYTES) } }); });
afterAll(async () => { await ctx?.cms.stop(); });

describe('query limits', () => {
  it('a REST page size of 1000 is refused with a message naming the limit', async () => {
    const res = await ctx.http().get('/api/articles?pagination[pageSize]=1000');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/maximum page size of 100/);
  });

  it('a REST limit of 1000 is refused too', async () => {
    const res = await ctx.http().get('/api/topics?pagination[limit]=1000');
    expect(res.status).toBe(400);
  });

  it('a page size of 100 is accepted and the default page size is 25', async () => {
    await ctx.http().get('/api/articles?pagination[pageSize]=100').expect(200);
    const res = await ctx.http().get('/api/topics').expect(200);
    expect(res.body.meta.pagination.pageSize).toBe(25);
  });

  it('a GraphQL page size of 1000 is refused, literal or variable, at any depth', async () => {
    const literal = await ctx.graphql('{ articles(pagination: { pageSize: 1000 }) { title } }');
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0].message).toMatch(/maximum page size of 100/);
    const variable = await ctx.graphql('query($p: PaginationArg) { articles(pagination: $p) { title } }', { p: { pageSize: 1000 } });
    expect(variable.status).toBe(400);
    const nested = await ctx.graphql('{ topics { articles(pagination: { limit: 5000 }) { title } } }');
    expect(nested.status).toBe(400);
  });

  it('the same GraphQL text is checked against each request\'s own variables (the parse is kept, not the verdict)', async () => {
    const query = 'query($p: PaginationArg, $size: Int) { articles(pagination: $p) { title } topics(pagination: { pageSize: $size }) { name } }';
    expect((await ctx.graphql(query, { p: { pageSize: 5 }, size: 5 })).status).toBe(200);
    expect((await ctx.graphql(query, { p: { pageSize: 1000 }, size: 5 })).status).toBe(400);
    expect((await ctx.graphql(query, { p: { pageSize: 5 }, size: 1000 })).status).toBe(400);
    expect((await ctx.graphql(query, { p: { pageSize: 5 }, size: 5 })).status).toBe(200);
  });

  it('a too-deep GraphQL query is refused with a message naming the depth limit', async () => {
    const deep = '{ articles { author { articles { author { articles { author { articles { author { name } } } } } } } } }';
    const res = await ctx.graphql(deep);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/exceeds maximum operation depth/);
  });

  it('a GraphQL query within the limits works', async () => {
    const res = await ctx.graphql('{ articles(pagination: { pageSize: 100 }) { title author { name } } }').expect(200);
    expect(res.body.data.articles.length).toBeGreaterThan(0);
  });
});

describe('query cost', () => {
  const lists = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles { title slug excerpt }`).join(' ')} }`;

  it('300 aliased lists (the 22 KB request that took 4 s) are refused before they run, naming the alias limit', async () => {
    const query = lists(300);
    expect(query.length).toBeGreaterThan(10_000);
    const res = await ctx.graphql(query);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/maximum number of aliases per query is 20/);
    expect(res.body.errors[0].extensions).toMatchObject({ limit: 'maxAliases', max: 20 });
  });

  it('aliases of __typename count too', async () => {
    const res = await ctx.graphql(`{ ${Array.from({ length: 50 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/aliases/);
  });

  it('nested lists at full page size are priced by the entries they ask for and refused over the cost limit', async () => {
    const res = await ctx.graphql('{ topics(pagination: { pageSize: 100 }) { articles(pagination: { pageSize: 100 }) { topics(pagination: { pageSize: 100 }) { name } } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/above the maximum query cost of 25000/);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxCost', max: 25000 });
  });

  it('the cost counts page sizes given as variables', async () => {
    const query = 'query($p: PaginationArg) { topics(pagination: $p) { articles(pagination: $p) { topics(pagination: $p) { name } } } }';
    expect((await ctx.graphql(query, { p: { pageSize: 100 } })).status).toBe(400);
    expect((await ctx.graphql(query, { p: { pageSize: 5 } })).status).toBe(200);
  });

  it('a price is kept per query and variables: asked again, each answer is the same as the first time', async () => {
    const query = 'query($p: PaginationArg) { topics(pagination: $p) { articles(pagination: $p) { topics(pagination: $p) { slug } } } }';
    const costs: number[] = [];
    for (let round = 0; round < 2; round++) {
      expect((await ctx.graphql(query, { p: { pageSize: 5 } })).status).toBe(200);
      const over = await ctx.graphql(query, { p: { pageSize: 100 } });
      expect(over.status).toBe(400);
      expect(over.body.errors[0].extensions).toMatchObject({ limit: 'maxCost' });
      costs.push(over.body.errors[0].extensions.cost);
    }
    expect(costs[0]).toBeGreaterThan(25000);
    expect(costs[1]).toBe(costs[0]);
  });

  it('a document with too many tokens is refused, naming the limit', async () => {
    const res = await ctx.graphql(`{ articles { ${'title '.repeat(6000)} } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/5000 tokens/);
  });

  it('every query the website sends stays within the limits, at its largest page size', async () => {
    const dir = join(repoRoot, 'packages/client/src/operations');
    const fragments = readFileSync(join(dir, 'fragments.graphql'), 'utf8');
    const operations = readdirSync(dir).filter((file) => file.endsWith('.graphql') && file !== 'fragments.graphql');
    expect(operations.length).toBeGreaterThanOrEqual(8);
    const variables = { slug: 'why-people-self-injure', article: 'x', documentId: 'x', topics: ['self-injury'], page: 1, pageSize: 100 };
    for (const file of operations) {
      const own = readFileSync(join(dir, file), 'utf8');
      const used = fragments.split(/(?=^fragment )/m).filter((fragment) => /^fragment (\w+)/.test(fragment));
      // Include only the fragments this operation (or its fragments) spreads, as the client does.
      const byName = new Map(used.map((fragment) => [/^fragment (\w+)/.exec(fragment)![1]!, fragment]));
      const wanted = new Set<string>();
      const visit = (text: string) => { for (const [, name] of text.matchAll(/\.\.\.(\w+)/g)) if (byName.has(name!) && !wanted.has(name!)) { wanted.add(name!); visit(byName.get(name!)!); } };
      visit(own);
      const query = [own, ...[...wanted].map((name) => byName.get(name))].join('\n');
      // A file may hold several operations (RelationsElsewhere.graphql): each is sent by its name, as the client does.
      for (const [, operationName] of own.matchAll(/^query (\w+)/gm)) {
        const res = await ctx.http().post('/graphql').send({ query, variables, operationName });
        expect(res.body.errors ?? [], `${file} ${operationName}: ${JSON.stringify(res.body.errors)}`).toEqual([]);
      }
    }
  });
});

describe('REST populate depth and response size', () => {
  it('a deeply nested populate (the 170-byte query that returned 521 KB) is refused, naming the limit', async () => {
    const path = '/api/articles?populate[author][populate][articles][populate][author][populate][articles][populate][topics]=*';
    const res = await ctx.http().get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/above the maximum populate depth of 3/);
    expect(res.body.error.details).toMatchObject({ limit: 'maxPopulateDepth', max: 3 });
  });

  it.each([
    '/api/articles?populate=author.articles.author.articles',
    '/api/articles?populate[0]=topics.articles.author.articles',
  ])('a dotted populate counts its levels: %s', async (path) => {
    expect((await ctx.http().get(path)).status).toBe(400);
  });

  it('populate up to three levels works', async () => {
    const res = await ctx.http().get('/api/articles?populate[author][populate][articles][populate][0]=topics');
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    await ctx.http().get('/api/articles?populate=*').expect(200);
  });

  it('an answer larger than the response size limit is refused with a message naming it, over REST and GraphQL', async () => {
    const words = 'A long paragraph of words for the size limit. '.repeat(200);
    const body = Array.from({ length: 40 }, () => ({ type: 'paragraph', children: [{ type: 'text', text: words }] }));
    await ctx.cms.createDraftArticle({ title: 'A very long draft', slug: 'a-very-long-draft', body });
    const token = await ctx.cms.createApiToken('read-only');
    const rest = await ctx.http().get('/api/articles?status=draft&filters[slug][$eq]=a-very-long-draft').set('Authorization', `Bearer ${token}`);
    expect(rest.status).toBe(400);
    expect(rest.body.error.message).toMatch(/maximum response size of 293 KB/);
    const graphql = await ctx.graphql('{ articles(status: DRAFT, filters: { slug: { eq: "a-very-long-draft" } }) { body } }', {}, token);
    expect(graphql.status).toBe(400);
    expect(graphql.body.errors[0].extensions).toMatchObject({ limit: 'maxResponseBytes', max: MAX_RESPONSE_BYTES });
  });
});
