import type { User } from '../../../../shared/api/auth';
import type { Role } from '../../../../shared/api/roles';
import type { Db } from '../../db/open';

interface UserRow {
  id: number;
  login: string;
  display_name: string;
  role: Role;
  password_hash: string;
  must_change_password: number;
  disabled_at: string | null;
  last_login_at: string | null;
  created_at: string;
}

export interface UserWithHash {
  user: User;
  passwordHash: string;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled_at !== null,
    mustChangePassword: row.must_change_password === 1,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function countActiveAdmins(db: Db): number {
  return (
    db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL").get() as {
      n: number;
    }
  ).n;
}

export function findUserById(db: Db, id: number): User | null {
  const row = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toUser(row) : null;
}

export function findUserWithHash(db: Db, where: { login: string } | { id: number }): UserWithHash | null {
  const row = (
    'login' in where
      ? db.prepare('SELECT * FROM users WHERE login = ?').get(where.login)
      : db.prepare('SELECT * FROM users WHERE id = ?').get(where.id)
  ) as UserRow | undefined;
  return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
}

export function listUsers(db: Db): User[] {
  const rows = db
    .prepare('SELECT * FROM users ORDER BY disabled_at IS NOT NULL, display_name COLLATE NOCASE')
    .all();
  return (rows as UserRow[]).map(toUser);
}

export function loginExists(db: Db, login: string): boolean {
  return db.prepare('SELECT 1 FROM users WHERE login = ?').get(login) !== undefined;
}

export function insertUser(
  db: Db,
  user: { login: string; displayName: string; role: Role; passwordHash: string; mustChangePassword: boolean },
  now: Date,
): User {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO users (login, display_name, role, password_hash, must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(user.login, user.displayName, user.role, user.passwordHash, user.mustChangePassword ? 1 : 0, at, at);
  return findUserById(db, Number(lastInsertRowid))!;
}

export function updateUserProfile(db: Db, id: number, displayName: string, role: Role, now: Date): void {
  db.prepare('UPDATE users SET display_name = ?, role = ?, updated_at = ? WHERE id = ?').run(
    displayName,
    role,
    now.toISOString(),
    id,
  );
}

export function setUserDisabled(db: Db, id: number, disabled: boolean, now: Date): void {
  db.prepare('UPDATE users SET disabled_at = ?, updated_at = ? WHERE id = ?').run(
    disabled ? now.toISOString() : null,
    now.toISOString(),
    id,
  );
}

export function setUserPassword(
  db: Db,
  id: number,
  passwordHash: string,
  mustChange: boolean,
  now: Date,
): void {
  db.prepare('UPDATE users SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE id = ?').run(
    passwordHash,
    mustChange ? 1 : 0,
    now.toISOString(),
    id,
  );
}

export function recordLogin(db: Db, id: number, now: Date): void {
  db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(now.toISOString(), id);
}
