import { LRUCache } from 'lru-cache';

// knex's better-sqlite3 dialect compiles every query anew (`connection.prepare(sql)` per call),
// and compiling was a tenth of the CMS's CPU for an article read: ~30 statements, the same texts
// every time. A compiled SQLite statement can be run again with other bindings, so each
// connection keeps its most recent ones by SQL text. SQLite recompiles a kept statement by itself
// when the schema under it changes (a migration), and knex only ever runs a statement to the end
// (`all` or `run`, never `iterate`), so a kept one is never busy when it is asked for again.

export type Preparing = { prepare(sql: string): unknown };

const KEPT_STATEMENTS = 500;

/** Makes `connection.prepare` return the statement already compiled for the same SQL text. */
export function keepPreparedStatements<C extends Preparing>(connection: C, max = KEPT_STATEMENTS): C {
  const compile = connection.prepare.bind(connection);
  const statements = new LRUCache<string, object>({ max });
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = compile(sql) as object;
      statements.set(sql, statement);
    }
    return statement;
  };
  return connection;
}
