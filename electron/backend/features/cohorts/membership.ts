import { canAdd } from '../../../../shared/domain/group-size';
import { cohortRulesFr as t } from '../../../../shared/i18n/fr/cohorts';
import type { Db } from '../../db/open';
import { AppError, conflict, notFound } from '../../errors';

/**
 * Group membership over time: a learner is in at most one group at a time (open row with no end
 * date); moving closes the open row at the date and opens another, so history is kept.
 * These functions run inside the caller's transaction and refuse with French messages.
 */

interface GroupFacts {
  id: number;
  name: string;
  cohort_id: number;
  cohort_name: string;
  archived_at: string | null;
}

export function groupFacts(db: Db, groupId: number): GroupFacts {
  const group = db
    .prepare(
      `SELECT g.id, g.name, g.cohort_id, c.name AS cohort_name, c.archived_at
       FROM groups g JOIN cohorts c ON c.id = g.cohort_id WHERE g.id = ?`,
    )
    .get(groupId) as GroupFacts | undefined;
  if (!group) throw notFound(t.groupNotFound);
  return group;
}

/** Refuses any change to an archived cohort (read-only, still printable). */
export function assertCohortWritable(db: Db, cohortId: number): void {
  const cohort = db.prepare('SELECT name, archived_at FROM cohorts WHERE id = ?').get(cohortId) as
    { name: string; archived_at: string | null } | undefined;
  if (!cohort) throw notFound(t.cohortNotFound);
  if (cohort.archived_at) throw conflict(t.archived(cohort.name));
}

export function currentMemberCount(db: Db, groupId: number): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM group_memberships WHERE group_id = ? AND end_date IS NULL')
      .get(groupId) as {
      n: number;
    }
  ).n;
}

export function currentGroupId(db: Db, learnerId: number): number | null {
  const row = db
    .prepare('SELECT group_id FROM group_memberships WHERE learner_id = ? AND end_date IS NULL')
    .get(learnerId) as { group_id: number } | undefined;
  return row?.group_id ?? null;
}

export interface LearnerFacts {
  id: number;
  cohort_id: number | null;
  name: string;
  status: string;
}

export function learnerFacts(db: Db, learnerId: number): LearnerFacts {
  const row = db
    .prepare("SELECT id, cohort_id, status, first_name || ' ' || surname AS name FROM learners WHERE id = ?")
    .get(learnerId) as LearnerFacts | undefined;
  if (!row) throw notFound(t.learnerNotFound);
  return row;
}

/** Closes the learner's open membership at `from` (the day they leave the group). */
export function closeMembership(db: Db, learnerId: number, from: string): boolean {
  const open = db
    .prepare('SELECT id, start_date FROM group_memberships WHERE learner_id = ? AND end_date IS NULL')
    .get(learnerId) as { id: number; start_date: string } | undefined;
  if (!open) return false;
  if (from < open.start_date) {
    const message = t.memberDateBefore(learnerFacts(db, learnerId).name, open.start_date);
    throw new AppError('INVALID_INPUT', message, { from: message });
  }
  // Leaving on the day one joined undoes a mistake: a membership of no day is not history.
  if (from === open.start_date) db.prepare('DELETE FROM group_memberships WHERE id = ?').run(open.id);
  else db.prepare('UPDATE group_memberships SET end_date = ? WHERE id = ?').run(from, open.id);
  return true;
}

/** Refuses a start date inside the learner's past memberships: history never overlaps. */
function assertAfterHistory(db: Db, learner: LearnerFacts, from: string): void {
  const { last } = db
    .prepare(
      'SELECT max(end_date) AS last FROM group_memberships WHERE learner_id = ? AND end_date IS NOT NULL',
    )
    .get(learner.id) as { last: string | null };
  if (last !== null && from < last) {
    const message = t.memberDateBeforeEnd(learner.name, last);
    throw new AppError('INVALID_INPUT', message, { from: message });
  }
}

/**
 * Puts learners into a group from `from`. Each must belong to the group's cohort (a learner
 * without a cohort joins it); one already in another group of the cohort is moved. Refused as a
 * whole when the group would pass 30 learners, naming the group and the limit.
 */
export function addToGroup(db: Db, groupId: number, learnerIds: readonly number[], from: string): void {
  const group = groupFacts(db, groupId);
  assertCohortWritable(db, group.cohort_id);
  const learners = [...new Set(learnerIds)].map((id) => learnerFacts(db, id));
  for (const l of learners) {
    // A learner who left the training (abandon) or finished it (diplômé) joins no group again.
    if (l.status !== 'in_training') throw conflict(t.notInTraining(l.name, group.name));
    if (l.cohort_id !== null && l.cohort_id !== group.cohort_id)
      throw conflict(t.otherCohort(l.name, group.name));
    if (currentGroupId(db, l.id) === groupId) throw conflict(t.alreadyInGroup(l.name, group.name));
  }
  const current = currentMemberCount(db, groupId);
  if (!canAdd(current, learners.length)) throw conflict(t.groupFull(group.name, current, learners.length));

  const setCohort = db.prepare('UPDATE learners SET cohort_id = ? WHERE id = ? AND cohort_id IS NULL');
  const open = db.prepare(
    'INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, ?)',
  );
  for (const l of learners) {
    setCohort.run(group.cohort_id, l.id);
    closeMembership(db, l.id, from);
    assertAfterHistory(db, l, from);
    open.run(l.id, groupId, from);
  }
}
