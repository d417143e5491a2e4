import type { Core } from '@strapi/strapi';
import { Kind, parse, visit, type ValueNode } from 'graphql';
import { LRUCache } from 'lru-cache';

// Strapi clamps oversized pages silently (REST maxLimit, GraphQL maxLimit). An app asking for
// 1000 entries should learn that it got fewer: answer 400 and name the limit instead.

type Config = { maxPageSize?: number; graphqlPath?: string; maxTokens?: number };

function tooLarge(value: unknown, max: number) {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > max;
}

/** REST: ?pagination[pageSize]=… or ?pagination[limit]=… */
export function restPageSizeProblem(query: any, max: number): string | null {
  const pagination = query?.pagination;
  if (!pagination || typeof pagination !== 'object') return null;
  for (const key of ['pageSize', 'limit'] as const) {
    if (tooLarge(pagination[key], max)) {
      return `pagination[${key}]=${pagination[key]} is above the maximum page size of ${max}; ask for ${max} or fewer and page through the rest.`;
    }
  }
  return null;
}

/** A `pagination` argument as the query spells it: its fields (literals or variables), or one variable. */
type PaginationArgument = { fields: Record<string, ValueNode> } | { variable: string };

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/** Every `pagination` argument of a query, at any depth; null if it does not parse (Apollo says why). */
function paginationArguments(query: string, maxTokens?: number): PaginationArgument[] | null {
  let document;
  try {
    document = parse(query, { maxTokens });
  } catch {
    return null;
  }
  const found: PaginationArgument[] = [];
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'pagination') return;
      if (node.value.kind === Kind.OBJECT) found.push({ fields: Object.fromEntries(node.value.fields.map((f) => [f.name.value, f.value])) });
      else if (node.value.kind === Kind.VARIABLE) found.push({ variable: node.value.name.value });
    },
  });
  return found;
}

// Apps send the same few query texts again and again, with other variables: each text is parsed
// once. Bounded by total text size, and long texts are not kept, so odd queries cannot fill it.
const KEPT_QUERY_CHARS = 1024 * 1024;
const LONGEST_KEPT_QUERY = 16 * 1024;
const parsed = new LRUCache<string, { arguments: PaginationArgument[] | null }>({ maxSize: KEPT_QUERY_CHARS, sizeCalculation: (_value, query) => query.length });

function paginationArgumentsCached(query: string, maxTokens?: number): PaginationArgument[] | null {
  const key = `${maxTokens ?? ''}:${query}`;
  const kept = parsed.get(key);
  if (kept) return kept.arguments;
  const found = paginationArguments(query, maxTokens);
  if (query.length <= LONGEST_KEPT_QUERY) parsed.set(key, { arguments: found });
  return found;
}

/** GraphQL: any `pagination: { pageSize | limit }` argument, literal or variable, at any depth. */
export function graphqlPageSizeProblem(query: string, variables: Record<string, unknown>, max: number, maxTokens?: number): string | null {
  for (const argument of paginationArgumentsCached(query, maxTokens) ?? []) {
    const pagination =
      'variable' in argument
        ? (variables[argument.variable] as Record<string, unknown> | undefined)
        : Object.fromEntries(Object.entries(argument.fields).map(([name, value]) => [name, valueOf(value, variables)]));
    for (const key of ['pageSize', 'limit']) {
      if (pagination && tooLarge(pagination[key], max)) {
        return `pagination.${key} ${pagination[key]} is above the maximum page size of ${max}; ask for ${max} or fewer and page through the rest.`;
      }
    }
  }
  return null;
}

const MAX_BODY_BYTES = 256 * 1024;
const TOO_LARGE = Symbol('too large');

/**
 * Strapi's body parser skips the GraphQL endpoint (Apollo parses its own body), so read it
 * here and leave it on ctx.request.body, which Apollo's koa-bodyparser then uses as is.
 */
async function readJsonBody(ctx: any): Promise<any> {
  if (ctx.request.body !== undefined) return ctx.request.body ?? {};
  if (!ctx.is('application/json')) return {};
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return TOO_LARGE;
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    ctx.request.body = text ? JSON.parse(text) : {};
  } catch {
    ctx.request.body = {};
    ctx.throw(400, 'The GraphQL request body is not valid JSON.');
  }
  return ctx.request.body;
}

export default (config: Config, _ctx: { strapi: Core.Strapi }) => {
  const max = config.maxPageSize ?? 100;
  const graphqlPath = config.graphqlPath ?? '/graphql';

  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path.startsWith('/api/')) {
      const problem = restPageSizeProblem(ctx.query, max);
      if (problem) return ctx.badRequest(problem, { limit: 'maxPageSize', max });
    } else if (ctx.path === graphqlPath) {
      const body = ctx.method === 'POST' ? await readJsonBody(ctx) : {};
      if (body === TOO_LARGE) return ctx.throw(413, `The GraphQL request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
      const query = typeof body.query === 'string' ? body.query : ctx.query?.query;
      let variables = body.variables ?? ctx.query?.variables ?? {};
      if (typeof variables === 'string') {
        try { variables = JSON.parse(variables); } catch { variables = {}; }
      }
      const problem = typeof query === 'string' ? graphqlPageSizeProblem(query, variables ?? {}, max, config.maxTokens) : null;
      if (problem) {
        ctx.status = 400;
        ctx.body = { errors: [{ message: problem, extensions: { code: 'BAD_USER_INPUT', limit: 'maxPageSize', max } }] };
        return;
      }
    }
    return next();
  };
};
