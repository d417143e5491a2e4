import { sendError } from '../utils/error-response';

// REST has no limit on how deep `populate` goes: a 170-byte query nesting author → articles →
// author … returned 521 KB. Populate is capped at a depth, and every content-API answer (REST
// and GraphQL) at a size, each a 400 that names the limit.

type Config = { maxPopulateDepth?: number; maxResponseBytes?: number; graphqlPath?: string };

/** How many levels of relations a REST `populate` parameter asks for. */
export function populateDepth(populate: unknown): number {
  if (populate == null || populate === false || populate === 'false') return 0;
  if (populate === true || populate === 'true') return 1;
  if (typeof populate === 'string') {
    return Math.max(0, ...populate.split(',').map((path) => (path.trim() ? path.trim().split('.').length : 0)));
  }
  if (Array.isArray(populate)) return Math.max(0, ...populate.map(populateDepth));
  if (typeof populate === 'object') {
    return Math.max(0, ...Object.entries(populate as Record<string, unknown>).map(([key, value]) => (key === 'on' ? fragmentsDepth(value) : 1 + nestedDepth(value))));
  }
  return 0;
}

function nestedDepth(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const options = value as Record<string, unknown>;
  return Math.max(populateDepth(options.populate), fragmentsDepth(options.on));
}

/** Dynamic zones: `on[component][populate]` adds no level of its own. */
function fragmentsDepth(on: unknown): number {
  if (!on || typeof on !== 'object') return 0;
  return Math.max(0, ...Object.values(on as Record<string, unknown>).map((fragment) => 1 + nestedDepth(fragment)));
}

export function restPopulateProblem(query: any, max: number): string | null {
  const depth = populateDepth(query?.populate);
  return depth > max ? `populate goes ${depth} levels deep, above the maximum populate depth of ${max}; ask for fewer nested relations and fetch the rest separately.` : null;
}

export default (config: Config) => {
  const maxDepth = config.maxPopulateDepth ?? 3;
  const maxBytes = config.maxResponseBytes ?? 2 * 1024 * 1024;
  const graphqlPath = config.graphqlPath ?? '/graphql';

  return async (ctx: any, next: () => Promise<void>) => {
    const rest = ctx.path.startsWith('/api/');
    if (!rest && ctx.path !== graphqlPath) return next();
    if (rest) {
      const problem = restPopulateProblem(ctx.query, maxDepth);
      if (problem) return ctx.badRequest(problem, { limit: 'maxPopulateDepth', max: maxDepth });
    }
    await next();
    const body = ctx.body;
    if (body == null || Buffer.isBuffer(body) || typeof body.pipe === 'function') return;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    if (Buffer.byteLength(text) <= maxBytes) return;
    const message = `The answer would be larger than the maximum response size of ${Math.round(maxBytes / 1024)} KB; ask for fewer entries, fields or relations.`;
    if (rest) return sendError(ctx, 400, 'ValidationError', message, { limit: 'maxResponseBytes', max: maxBytes });
    ctx.status = 400;
    ctx.body = { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', limit: 'maxResponseBytes', max: maxBytes } }] };
  };
};
