import { z } from 'zod';

/**
 * Optimistic concurrency. Each editable record carries a version token: its `updatedAt`, which
 * every save moves strictly forward. A client sends back the token it read; a save made from a
 * stale read is refused with CONFLICT and a message showing the record as it now is, so nothing
 * saved by someone else in between is overwritten.
 *
 * Records that always exist (planned sessions, evaluations) use `expectedVersion`. A mark-sheet
 * cell and an appreciation have no row while they are empty, so they use `expectedCellVersion`:
 *
 * - absent: no check (scripts, older clients: last writer wins);
 * - `null`: "it was empty when I read it" — refused once someone has filled it;
 * - a token: "it held this version" — refused once someone changed or emptied it.
 *
 * A cell filled and emptied again in between reads as empty: there is nothing in it to lose. A
 * stale save that asks for the value already there is no conflict either: nothing is written.
 * Each CONFLICT of this kind names the input field (`expectedUpdatedAt`, or
 * `changes.<i>.expectedUpdatedAt` for a paste), so a client can tell it from other conflicts
 * (a closed period, a learner not in the group) and refresh what it shows.
 */
export const versionToken = z.string().min(1).max(40);

/**
 * Optional so that scripts and older clients keep working (they get last-writer-wins); the
 * renderer always sends it.
 */
export const expectedVersion = { expectedUpdatedAt: versionToken.optional() };

/** For records whose empty state has no row (cells, appreciations): null means "read empty". */
export const expectedCellVersion = { expectedUpdatedAt: versionToken.nullable().optional() };

/** The error field a stale-read CONFLICT names (see above). */
export const STALE_FIELD = 'expectedUpdatedAt';
