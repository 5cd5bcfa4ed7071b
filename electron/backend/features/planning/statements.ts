import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/open';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per database: a batch checks hundreds of half-days with
 * the same dozen queries, and parsing them each time would cost more than running them.
 */
export function stmt(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
