import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

// Strapi runs every cron task on every instance (its docs' multi-instance caveat). With several
// CMS instances on one PostgreSQL database, each run of a task first takes a PostgreSQL advisory
// lock named after the task, inside a transaction (`pg_try_advisory_xact_lock`: released at
// commit or when the connection drops, so a killed instance never leaves it held). Whoever does
// not get the lock skips that run: one instance works, the others do nothing. The tasks are
// idempotent as well (scheduled publishing skips what is already live), so a later run on
// another instance after the first has finished changes nothing: each article is published once.
// SQLite means a single instance (the embedded default): the task just runs.

/** The first int of the two-int advisory lock key: "clinic cron" (any constant, the same everywhere). */
const LOCK_NAMESPACE = 0x436c6e63;

type CronTask = { task: (context: { strapi: Core.Strapi }) => unknown; options: unknown };

export function lockKey(name: string): number {
  return createHash('sha256').update(name).digest().readInt32BE(0);
}

/** Runs `work` if this instance holds the task's lock; returns false when another instance has it. */
export async function runExclusively(strapi: Core.Strapi, name: string, work: () => Promise<unknown>): Promise<boolean> {
  const knex = strapi.db.connection;
  if (knex.client.config.client !== 'postgres' && knex.client.config.client !== 'pg') {
    await work();
    return true;
  }
  return knex.transaction(async (trx) => {
    const result = await trx.raw('SELECT pg_try_advisory_xact_lock(?, ?) AS locked', [LOCK_NAMESPACE, lockKey(name)]);
    if (!result.rows[0]?.locked) {
      strapi.log.debug(`Cron task ${name}: another CMS instance is running it; skipped here.`);
      return false;
    }
    await work();
    return true;
  });
}

/** Wraps each cron task so that only one instance runs it at a time. */
export function withJobLock<Tasks extends Record<string, CronTask>>(tasks: Tasks): Tasks {
  return Object.fromEntries(
    Object.entries(tasks).map(([name, { task, options }]) => [
      name,
      { options, task: ({ strapi }: { strapi: Core.Strapi }) => runExclusively(strapi, name, () => Promise.resolve(task({ strapi }))) },
    ]),
  ) as Tasks;
}
