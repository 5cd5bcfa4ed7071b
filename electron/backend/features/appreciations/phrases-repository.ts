import type { Phrase } from '../../../../shared/api/appreciations';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** Each user's own bank of phrases: every statement is scoped by the owner. */

const COLUMNS = 'id, text, created_at AS createdAt';

export function listPhrases(db: Db, userId: number): Phrase[] {
  return stmt(
    db,
    `SELECT ${COLUMNS} FROM phrase_bank WHERE user_id = ? ORDER BY text COLLATE NOCASE, id`,
  ).all(userId) as Phrase[];
}

export function phraseExists(db: Db, userId: number, text: string): boolean {
  return stmt(db, 'SELECT 1 FROM phrase_bank WHERE user_id = ? AND text = ?').get(userId, text) !== undefined;
}

export function insertPhrase(db: Db, userId: number, text: string, at: string): Phrase {
  const { lastInsertRowid } = stmt(
    db,
    'INSERT INTO phrase_bank (user_id, text, created_at) VALUES (?, ?, ?)',
  ).run(userId, text, at);
  return stmt(db, `SELECT ${COLUMNS} FROM phrase_bank WHERE id = ?`).get(lastInsertRowid) as Phrase;
}

/** False when the phrase is not the user's (or no longer exists). */
export function deletePhrase(db: Db, userId: number, id: number): boolean {
  return stmt(db, 'DELETE FROM phrase_bank WHERE id = ? AND user_id = ?').run(id, userId).changes > 0;
}
