import type { ApiError } from '../../../shared/api/result';
import { STALE_FIELD } from '../../../shared/api/versions';
import { type SheetState, versionAt } from './sheet-state';

/** A change as it is sent and undone: cells named by ids, so a reload in between cannot shift it. */
export interface CellChange {
  evaluationId: number;
  learnerId: number;
  before: string;
  after: string;
}

const cellKey = (c: Pick<CellChange, 'evaluationId' | 'learnerId'>) => `${c.evaluationId}:${c.learnerId}`;

/**
 * Which version token a queued change sends (shared/api/versions.ts). The token is taken when
 * the change is made — what the person saw — so a value typed before a colleague's change comes
 * back as a conflict even if the sheet was re-read while it waited in the queue. Only when this
 * screen's own earlier save of the same cell answered meanwhile does the change build on that
 * save's token: typing 12 then 13 in one cell is no conflict with oneself.
 */
export class SentVersions {
  private readonly own = new Map<string, string | null>();

  /** The tokens of a change list, as the sheet holds them now (when the change is made). */
  capture(state: SheetState | null, changes: readonly CellChange[]): (string | null)[] {
    return changes.map((c) => versionAt(state, c.evaluationId, c.learnerId));
  }

  /** The token to send now for a change captured with `captured`. */
  expected(state: SheetState | null, change: CellChange, captured: string | null): string | null {
    const now = versionAt(state, change.evaluationId, change.learnerId);
    const key = cellKey(change);
    return this.own.has(key) && this.own.get(key) === now ? now : captured;
  }

  /** Remembers the token this screen's own save gave a cell. */
  saved(change: Pick<CellChange, 'evaluationId' | 'learnerId'>, token: string | null): void {
    this.own.set(cellKey(change), token);
  }

  /** After a successful paste: each of its cells' new tokens, read from the answer's sheet. */
  savedAll(state: SheetState | null, changes: readonly CellChange[]): void {
    for (const c of changes) this.saved(c, versionAt(state, c.evaluationId, c.learnerId));
  }
}

/**
 * The cells a refusal says were read stale, by their index in the changes sent, with the
 * message for each (marks.save: index 0); null when the refusal is about something else.
 */
export function staleCells(error: ApiError, count: number): Map<number, string> | null {
  const fields = error.fields ?? {};
  const found = new Map<number, string>();
  if (count === 1 && fields[STALE_FIELD]) found.set(0, fields[STALE_FIELD]);
  for (let i = 0; i < count; i++) {
    const message = fields[`changes.${i}.${STALE_FIELD}`];
    if (message) found.set(i, message);
  }
  return error.code === 'CONFLICT' && found.size > 0 ? found : null;
}

export function keyOf(state: SheetState): string {
  const { group, subject, period } = state.sheet;
  return `${group.id}-${subject.id}-${period.id}`;
}

export function textAt(state: SheetState | null, c: CellChange): string | null {
  const row = state?.rowOf.get(c.learnerId);
  const col = state?.colOf.get(c.evaluationId);
  if (!state || row === undefined || col === undefined) return null;
  return state.rows[row]!.texts[col] ?? null;
}
