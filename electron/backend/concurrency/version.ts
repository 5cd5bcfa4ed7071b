import { AppError } from '../errors';

/**
 * The version token a save writes: the call's time, or one millisecond after the previous token
 * when the clock has not moved past it (two saves in the same millisecond, a clock set back), so
 * tokens of a row only ever grow and two versions never share one.
 */
export function nextVersion(previous: string | null, now: Date): string {
  if (previous === null) return now.toISOString();
  const before = Date.parse(previous);
  return Number.isNaN(before) || now.getTime() > before
    ? now.toISOString()
    : new Date(before + 1).toISOString();
}

/** Whether a save made from the token `expected` comes too late: absent never does; null means "no row". */
export const isStale = (current: string | null, expected: string | null | undefined): boolean =>
  expected !== undefined && expected !== current;

/**
 * Refuses a save made from a stale read: the token the client read is not the row's current
 * one (null on either side: no row, an empty cell). Without a token (an older client) the save
 * goes through. The message is built only when needed, since it reads who changed the row last;
 * `field` names the input the refusal is about (shared/api/versions.ts, STALE_FIELD).
 */
export function assertFresh(
  current: string | null,
  expected: string | null | undefined,
  message: () => string,
  field?: string,
): void {
  if (!isStale(current, expected)) return;
  const text = message();
  throw new AppError('CONFLICT', text, field ? { [field]: text } : undefined);
}
