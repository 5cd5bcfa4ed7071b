import type { AuditEntry, AuditFilter } from '../../../../shared/api/audit';
import { auditFr } from '../../../../shared/i18n/fr/audit';
import type { Db } from '../../db/open';

interface Row {
  id: number;
  at: string;
  user_id: number | null;
  display_name: string | null;
  login: string | null;
  action: string;
  target: string | null;
  details: string | null;
}

export interface AuditRow extends AuditEntry {
  login: string | null;
}

/** Local midnight of a calendar day, as the ISO instant the log stores. */
function localMidnight(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE clause of a filter, with its parameters in order. */
function whereOf(filter: AuditFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.userId !== undefined) {
    clauses.push('a.user_id = ?');
    params.push(filter.userId);
  }
  if (filter.action) {
    if (filter.action.includes('.')) {
      clauses.push('a.action = ?');
      params.push(filter.action);
    } else {
      // An area: its name is letters only (the schema says so), so it needs no escaping.
      clauses.push('a.action LIKE ?');
      params.push(`${filter.action}.%`);
    }
  }
  if (filter.from) {
    clauses.push('a.at >= ?');
    params.push(localMidnight(filter.from));
  }
  if (filter.to) {
    clauses.push('a.at < ?');
    params.push(localMidnight(filter.to, 1));
  }
  if (filter.text) {
    const like = `%${escapeLike(filter.text)}%`;
    // The French names of actions are searched too: "connexion" finds auth.login entries.
    const needle = filter.text.toLocaleLowerCase('fr-FR');
    const named = Object.entries(auditFr.actions)
      .filter(([, label]) => label.toLocaleLowerCase('fr-FR').includes(needle))
      .map(([action]) => action);
    const fields = ['a.action', 'a.target', 'a.details', 'u.display_name', 'u.login'].map(
      (f) => `${f} LIKE ? ESCAPE '\\'`,
    );
    if (named.length) fields.push(`a.action IN (${named.map(() => '?').join(', ')})`);
    clauses.push(`(${fields.join(' OR ')})`);
    params.push(like, like, like, like, like, ...named);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const FROM = 'FROM audit_log a LEFT JOIN users u ON u.id = a.user_id';

export function countAudit(db: Db, filter: AuditFilter): number {
  const { sql, params } = whereOf(filter);
  return (db.prepare(`SELECT count(*) AS n ${FROM} ${sql}`).get(...params) as { n: number }).n;
}

/** Newest first; `limit` rows from `offset`. */
export function listAudit(db: Db, filter: AuditFilter, limit: number, offset: number): AuditRow[] {
  const { sql, params } = whereOf(filter);
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.user_id, u.display_name, u.login, a.action, a.target, a.details
       ${FROM} ${sql} ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset) as Row[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    userName: r.display_name,
    login: r.login,
    action: r.action,
    target: r.target,
    details: r.details,
  }));
}
