import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { keepPreparedStatements } from '../src/database/statement-cache';

// The CMS's SQLite connections keep their compiled statements (config/database.ts): what knex
// runs through them must give the same answers as freshly compiled ones.
describe('kept prepared statements (SQLite)', () => {
  const open = (max?: number) => {
    const db = keepPreparedStatements(new Database(':memory:'), max);
    db.exec('create table notes (id integer primary key, body text)');
    db.prepare('insert into notes (body) values (?)').run('first');
    db.prepare('insert into notes (body) values (?)').run('second');
    return db;
  };

  it('compiles a SQL text once and answers each run with its own bindings', () => {
    const db = open();
    const byId = 'select body from notes where id = ?';
    expect(db.prepare(byId)).toBe(db.prepare(byId));
    expect(db.prepare(byId).get(1)).toEqual({ body: 'first' });
    expect(db.prepare(byId).get(2)).toEqual({ body: 'second' });
    expect(db.prepare('select count(*) as n from notes').get()).toEqual({ n: 2 });
  });

  it('sees a schema change made after a statement was kept (a migration)', () => {
    const db = open();
    const all = 'select * from notes order by id';
    expect(Object.keys(db.prepare(all).all()[0] as object)).toEqual(['id', 'body']);
    db.exec("alter table notes add column locale text default 'en'");
    expect(db.prepare(all).all()[0]).toEqual({ id: 1, body: 'first', locale: 'en' });
  });

  it('keeps at most its bound, compiling again what it let go', () => {
    const db = open(2);
    const first = db.prepare('select 1 as one');
    db.prepare('select 2 as two');
    db.prepare('select 3 as three');
    expect(db.prepare('select 1 as one')).not.toBe(first);
    expect(db.prepare('select 1 as one').get()).toEqual({ one: 1 });
  });

  it('does not keep a statement that failed to compile', () => {
    const db = open();
    expect(() => db.prepare('select nope from nowhere')).toThrow(/no such table/);
    db.exec('create table nowhere (nope integer)');
    expect(db.prepare('select nope from nowhere').all()).toEqual([]);
  });
});
