import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { keepPreparedStatements, type Preparing } from '../src/database/statement-cache';

// SQLite is the embedded default; PostgreSQL is chosen with DATABASE_CLIENT=postgres
// (and DATABASE_URL or the DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD variables).
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', 'localhost'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'clinic'),
          user: env('DATABASE_USERNAME', 'clinic'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}".`);
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      // Strapi runs its own per-connection setup (PRAGMAs) first, then this.
      pool: {
        afterCreate: (connection: Preparing, done: (error: null, connection: Preparing) => void) => done(null, keepPreparedStatements(connection)),
      },
    },
  };
};
