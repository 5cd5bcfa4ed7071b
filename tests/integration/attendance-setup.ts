import { expect } from 'vitest';
import type { AttendanceSheet } from '../../shared/api/attendance';
import type { Result } from '../../shared/api/result';
import { createSession } from '../../electron/backend/features/auth/sessions';
import { insertUser } from '../../electron/backend/features/users/repository';
import { checksum } from '../helpers/backend';
import { call, planningWorld, sessionInput, value, type PlanningWorld, type Saved } from './planning-setup';
import { encodePng } from '../helpers/png';

/**
 * An attendance world on top of the planning world (tests/integration/planning-setup.ts): the
 * users of each role, Claire Dupont's trainer record linked to the trainer account, Marc Leroy's
 * to another, and a negotiation session of G1 with Claire Dupont on Tuesday 3 March 2026,
 * morning (08:15–12:00 Paris, 07:15–11:00 UTC).
 */
export interface AttendanceWorld extends PlanningWorld {
  manager: string;
  adviser: string;
  /** Signed in as Claire Dupont (trainer record `dupont`). */
  trainer: string;
  /** Signed in as Marc Leroy (trainer record `leroy`). */
  otherTrainer: string;
  /** G1, negotiation, Claire Dupont, Salle 12, 2026-03-03 morning. */
  session: number;
  /** G1's twelve learners, in name order: G1-01 … G1-12. */
  g1Learners: number[];
}

/** Tuesday 3 March 2026, 08:20 in Paris: five minutes into the morning session. */
export const DURING = '2026-03-03T07:20:00Z';

export function linkTrainer(w: PlanningWorld, trainerId: number, login: string): void {
  w.b.db
    .prepare('UPDATE trainers SET user_id = (SELECT id FROM users WHERE login = ?) WHERE id = ?')
    .run(login, trainerId);
}

export function learnersOf(w: PlanningWorld, groupId: number): number[] {
  return (
    w.b.db
      .prepare(
        `SELECT l.id FROM learners l JOIN group_memberships m ON m.learner_id = l.id
         WHERE m.group_id = ? ORDER BY l.surname`,
      )
      .all(groupId) as { id: number }[]
  ).map((r) => r.id);
}

/** Moves the registry's clock; the test sessions stay signed in (no expiry, no touch on the next call). */
export function at(w: PlanningWorld, iso: string): void {
  w.b.clock.now = new Date(iso);
  w.b.db.prepare('UPDATE sessions SET last_seen_at = ?').run(w.b.clock.now.getTime());
}

/**
 * An account of a role, signed in. Written directly rather than through users.create + login:
 * the password hashing those run (scrypt) would cost seconds per test, and accounts are not
 * what these tests are about (tests/integration/accounts.test.ts is).
 */
function signedIn(
  w: PlanningWorld,
  role: 'manager' | 'trainer' | 'adviser',
  login: string,
  displayName: string,
): string {
  const user = insertUser(
    w.b.db,
    { login, displayName, role, passwordHash: 'not-a-hash', mustChangePassword: false },
    w.b.clock.now,
  );
  return createSession(w.b.db, user.id, w.b.clock.now);
}

export async function planSession(
  w: PlanningWorld,
  overrides: Record<string, unknown> = {},
): Promise<number> {
  return (await value<Saved>(w, 'sessions.create', sessionInput(w, overrides))).session.id;
}

export async function attendanceWorld(): Promise<AttendanceWorld> {
  const w = await planningWorld();
  const manager = signedIn(w, 'manager', 'remi.responsable', 'Rémi Responsable');
  const adviser = signedIn(w, 'adviser', 'ada.conseil', 'Ada Conseil');
  const trainer = signedIn(w, 'trainer', 'claire.dupont', 'Claire Dupont');
  const otherTrainer = signedIn(w, 'trainer', 'marc.leroy', 'Marc Leroy');
  linkTrainer(w, w.dupont, 'claire.dupont');
  linkTrainer(w, w.leroy, 'marc.leroy');
  const session = await planSession(w);
  return { ...w, manager, adviser, trainer, otherTrainer, session, g1Learners: learnersOf(w, w.g1) };
}

/** A real PNG (grey stroke on white), as the signature pad sends it: base64 without prefix. */
export function signaturePng(seed = 1): string {
  const width = 60;
  const height = 20;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width);
    for (let x = 0; x < width; x++) row[x] = Math.abs(((x * seed) % height) - y) < 2 ? 40 : 255;
    rows.push(row);
  }
  return encodePng(width, height, 1, rows).toString('base64');
}

/** A small but well-formed PDF, as a scanner would produce the paper sheet. */
export function scanPdf(): { fileName: string; contentBase64: string } {
  const text = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return { fileName: 'feuille-3-mars.pdf', contentBase64: Buffer.from(text).toString('base64') };
}

export const sheetOf = (w: AttendanceWorld, sessionId = w.session, token = w.admin) =>
  value<AttendanceSheet>(w, 'attendance.sheet', { sessionId }, token);

/** Everybody of G1 present, as "Tous présents" sends it. */
export const allPresent = (w: AttendanceWorld) =>
  w.g1Learners.map((learnerId) => ({ learnerId, presence: 'present' as const }));

export const record = (w: AttendanceWorld, entries: unknown[], token = w.trainer, sessionId = w.session) =>
  call<AttendanceSheet>(w, 'attendance.record', { sessionId, entries }, token);

/** Records everyone present and has every learner sign, as a roll call on screen does. */
export async function signedByAll(w: AttendanceWorld, token = w.trainer): Promise<void> {
  await value(w, 'attendance.record', { sessionId: w.session, entries: allPresent(w) }, token);
  for (const learnerId of w.g1Learners) {
    await value(
      w,
      'attendance.signLearner',
      { sessionId: w.session, learnerId, signaturePng: signaturePng(learnerId) },
      token,
    );
  }
}

/** Expects a refusal with `code` (and its message to match) that wrote nothing at all. */
export async function refusedWith(
  w: PlanningWorld,
  run: () => Promise<Result<unknown>>,
  code: string,
  message?: RegExp,
) {
  const before = checksum(w.b.db);
  const result = await run();
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value).slice(0, 300)}`);
  expect(result.error.code).toBe(code);
  if (message) expect(result.error.message).toMatch(message);
  expect(checksum(w.b.db)).toBe(before);
  return result.error;
}
