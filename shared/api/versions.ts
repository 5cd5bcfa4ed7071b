import { z } from 'zod';

/**
 * Optimistic concurrency. Each editable record carries a version token: its `updatedAt`, which
 * every save moves strictly forward. A client sends back the token it read; a save made from a
 * stale read is refused with CONFLICT and a message showing the record as it now is, so nothing
 * saved by someone else in between is overwritten. Marks and appreciations follow the same
 * pattern: `updatedAt` in the output, `...expectedVersion` in the update/delete inputs.
 */
export const versionToken = z.string().min(1).max(40);

/**
 * Optional so that scripts and older clients keep working (they get last-writer-wins); the
 * renderer always sends it.
 */
export const expectedVersion = { expectedUpdatedAt: versionToken.optional() };
