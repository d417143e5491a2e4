import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { GraphQLError, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';

// Strapi's GraphQL has a depth limit but no cost limit: one 22 KB request with 300 aliased
// lists kept the CMS busy for 4 s. Every operation is now priced before it runs
// (graphql-query-complexity), with lists priced at the page size they ask for, and aliases
// are capped (graphql-armor's max-aliases). Over a limit is a 400 that names it.

export type CostLimits = { maxCost: number; maxAliases: number; maxTokens: number; defaultLimit: number; maxLimit: number };

type Pagination = { pageSize?: number; limit?: number } | undefined;

/**
 * A field's price: 1, plus its selection times the number of entries it can return. Only
 * fields that take `pagination` return a variable number of entries (a connection's `nodes`
 * are the page its parent asked for; repeatable components are bounded by the content).
 */
export function pageSizeEstimator({ defaultLimit, maxLimit }: Pick<CostLimits, 'defaultLimit' | 'maxLimit'>): ComplexityEstimator {
  return ({ args, field, childComplexity }) => {
    const pagination = args?.pagination as Pagination;
    const asked = Number(pagination?.pageSize ?? pagination?.limit ?? NaN);
    if (!field.args?.some((arg) => arg.name === 'pagination')) return 1 + childComplexity;
    const entries = Number.isFinite(asked) && asked > 0 ? Math.min(asked, maxLimit) : defaultLimit;
    return 1 + childComplexity * entries;
  };
}

export function operationCost(schema: any, document: any, variables: Record<string, unknown> | undefined, operationName: string | undefined, limits: Pick<CostLimits, 'defaultLimit' | 'maxLimit'>) {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [pageSizeEstimator(limits)] });
}

const badRequest = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } } });

/** Apollo plugin: prices the operation once its variables are known. */
export function queryCostPlugin(limits: CostLimits) {
  // A price depends only on the query text and its variables: apps send the same few queries
  // again and again, so each price is worked out once (a tenth of a millisecond per request).
  const prices = new LRUCache<string, number>({ max: 1000, maxSize: 1_000_000, sizeCalculation: (_price, key) => key.length });
  const priceOf = (schema: any, document: any, request: any) => {
    const price = () => operationCost(schema, document, request.variables, request.operationName, limits);
    if (!request.query) return price(); // no text to know it again by (a persisted query)
    const key = JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}]);
    let cost = prices.get(key);
    if (cost === undefined) prices.set(key, (cost = price()));
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }: any) {
          let cost: number;
          try {
            cost = priceOf(schema, document, request);
          } catch (error) {
            // graphql-query-complexity coerces the variables itself and rethrows their error
            // (a string for an Int, say); thrown from this hook Apollo would answer 500. It is
            // the caller's mistake: answer 400 with GraphQL's own message.
            if (error instanceof GraphQLError) throw badRequest(error.message, {});
            throw error;
          }
          if (cost > limits.maxCost) {
            throw badRequest(
              `This query would cost ${cost}, above the maximum query cost of ${limits.maxCost}: ask for fewer entries (pagination) or fewer fields, or split it into several queries.`,
              { limit: 'maxCost', max: limits.maxCost, cost },
            );
          }
        },
      };
    },
  };
}

/** Validation rule: at most `maxAliases` aliases per operation, `__typename` included. */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return maxAliasesRule({
    n: maxAliases,
    allowList: [],
    propagateOnRejection: false,
    onReject: [(context: any, error: GraphQLError) => context.reportError(
      badRequest(`${error.message.replace(/^Syntax Error: /, '')} (the maximum number of aliases per query is ${maxAliases}).`, { limit: 'maxAliases', max: maxAliases }),
    )],
  }) as ValidationRule;
}
