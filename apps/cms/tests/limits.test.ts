import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms } from './support';

let ctx: Awaited<ReturnType<typeof bootCms>>;
beforeAll(async () => { ctx = await bootCms(); });
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
