import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@clinic/testing';
import { bootCms } from './support';

// packages/client is generated from packages/client/schema.graphql: a content-type change
// that is not carried over to the client must not land.
let ctx: Awaited<ReturnType<typeof bootCms>>;
beforeAll(async () => { ctx = await bootCms({ seed: false }); });
afterAll(async () => { await ctx?.cms.stop(); });

describe('the client schema', () => {
  it('matches what the CMS prints now', async () => {
    const { sortedSchemaSdl } = await import('../scripts/schema-sdl.mjs');
    const current: string = sortedSchemaSdl(ctx.cms.strapi);
    const committed = readFileSync(join(repoRoot, 'packages/client/schema.graphql'), 'utf8');
    if (current !== committed) {
      const currentLines = current.split('\n');
      const committedLines = committed.split('\n');
      const at = currentLines.findIndex((line, i) => line !== committedLines[i]);
      throw new Error(
        'packages/client/schema.graphql is out of date with the CMS content types.\n' +
          'Regenerate it with: pnpm --filter @clinic/cms print-schema && pnpm --filter @clinic/client build\n' +
          `First difference at line ${at + 1}:\n  CMS now:   ${currentLines[at]}\n  committed: ${committedLines[at]}`,
      );
    }
    expect(current).toBe(committed);
  });
});
