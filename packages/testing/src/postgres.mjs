import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cmsDir } from './paths.mjs';

// With CLINIC_TEST_POSTGRES_URL set (an admin connection, e.g. from scripts/ci/start-postgres.sh),
// each test CMS gets a database of its own, dropped when it stops: the same tests then run on
// PostgreSQL, the production database, instead of SQLite.
export const postgresAdminUrl = () => process.env.CLINIC_TEST_POSTGRES_URL || null;

function pgClient(url) {
  const { Client } = createRequire(join(cmsDir, 'package.json'))('pg');
  return new Client({ connectionString: url });
}

export async function createThrowawayDatabase(adminUrl) {
  const name = `clinic_test_${randomBytes(5).toString('hex')}`;
  const admin = pgClient(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    async drop() {
      const client = pgClient(adminUrl);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
