import type { Db } from '../../../db/open';
import type { GroupFilter } from './learner-batch';
import { groupMembersBetween } from './learner-batch-repository';

/**
 * Who of a cohort belongs to one of its groups. An attestation closes a whole training: it goes
 * with the group the learner is in, or was last in, so a learner who changed group gets one
 * attestation, not one per group. A certificate covers a period: it goes with the group the
 * learner was in during that period.
 */
export const lastGroupFilter: GroupFilter = (groupId, learners) =>
  new Set(learners.filter((l) => l.lastGroupId === groupId).map((l) => l.id));

export const groupDuring =
  (db: Db, from: string, to: string): GroupFilter =>
  (groupId) =>
    groupMembersBetween(db, groupId, from, to);
