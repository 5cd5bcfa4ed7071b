import type { LearnerRow } from '../../../../shared/api/learners';
import { foldName } from '../../../../shared/domain/learner-rules';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { learnerRefusalsFr } from '../../../../shared/i18n/fr/learners';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { byPersonName } from '../../../../shared/format/sort';
import { describeUses } from '../../../../shared/i18n/fr/references';
import { blockingReferences } from '../../db/references';
import { AppError, conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { isoDay } from '../cohorts/dates';
import { addDays } from '../../../../shared/domain/calendar/dates';
import { addToGroup, assertCohortWritable, closeMembership } from '../cohorts/membership';
import { checkedLearner } from './checks';
import {
  deleteLearner,
  findLearnerRecord,
  getLearner,
  groupCohort,
  learnerInserter,
  listLearners,
  replaceUnits,
  updateLearner,
} from './repository';

function byName(a: LearnerRow, b: LearnerRow): number {
  return byPersonName(a, b) || a.id - b.id;
}

/** Every word of the search appears in the name, whatever the case and accents. */
function matches(search: string | undefined): (row: LearnerRow) => boolean {
  const words = foldName(search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return (row) => {
    const name = foldName(`${row.surname} ${row.firstName}`);
    return words.every((w) => name.includes(w));
  };
}

function existing(ctx: HandlerContext, id: number) {
  const record = findLearnerRecord(ctx.db, id);
  if (!record) throw notFound(cohortRulesFr.learnerNotFound);
  return record;
}

function loaded(ctx: HandlerContext, id: number) {
  const learner = getLearner(ctx.db, id);
  if (!learner) throw notFound(cohortRulesFr.learnerNotFound);
  return learner;
}

/** Closes the learner's group membership from `from`; a date before they joined is refused at its field. */
function leaveGroup(ctx: HandlerContext, id: number, from: string, status: string): boolean {
  try {
    return closeMembership(ctx.db, id, from);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const field = status === 'dropped_out' ? 'dropoutDate' : 'exitDate';
    throw new AppError(error.code, error.message, { [field]: error.message });
  }
}

const record = (ctx: HandlerContext, action: string, id: number, details?: unknown): void =>
  auditCall(ctx, action, `learner:${id}`, details);

export const learnersHandlers: HandlersOf<
  'learners.list' | 'learners.get' | 'learners.create' | 'learners.update' | 'learners.delete'
> = {
  'learners.list': (input, { db }) => listLearners(db, input).filter(matches(input.search)).sort(byName),

  'learners.get': (input, ctx) => loaded(ctx, input.id),

  'learners.create': ({ groupId, ...input }, ctx) => {
    let cohortId = input.cohortId;
    if (groupId !== undefined) {
      const group = groupCohort(ctx.db, groupId);
      if (!group) throw notFound(cohortRulesFr.groupNotFound);
      if (cohortId === null) cohortId = group.cohortId;
      else if (cohortId !== group.cohortId) {
        const message = learnerRefusalsFr.groupNotInCohort(group.name);
        throw new AppError('INVALID_INPUT', message, { groupId: message });
      }
    }
    const today = isoDay(ctx.now);
    const learner = checkedLearner(ctx.db, { ...input, cohortId }, today);
    const id = learnerInserter(ctx.db, ctx.now)(learner);
    replaceUnits(ctx.db, id, learner.dispensations, learner.keptMarks);
    if (groupId !== undefined) addToGroup(ctx.db, groupId, [id], learner.entryDate ?? today);
    record(ctx, 'learners.create', id, { cohortId, groupId: groupId ?? null });
    return loaded(ctx, id);
  },

  'learners.update': ({ id, ...input }, ctx) => {
    const before = existing(ctx, id);
    if (before.cohort_id !== null) assertCohortWritable(ctx.db, before.cohort_id);
    if (input.cohortId !== before.cohort_id && before.group_id !== null) {
      const name = `${before.first_name} ${before.surname}`;
      const message = learnerRefusalsFr.leaveGroupFirst(name, before.group_name ?? '');
      throw conflict(message, { cohortId: message });
    }
    const learner = checkedLearner(ctx.db, input, isoDay(ctx.now));
    updateLearner(ctx.db, id, learner, ctx.now);
    replaceUnits(ctx.db, id, learner.dispensations, learner.keptMarks);
    // A learner who left is no longer in their group from the day after: their sheets, planned
    // hours and calendars stop there, and the group's seat is free.
    const lastDay =
      learner.status === 'dropped_out'
        ? learner.dropoutDate
        : learner.status === 'graduated'
          ? learner.exitDate
          : null;
    const leftGroup = lastDay !== null && leaveGroup(ctx, id, addDays(lastDay, 1), learner.status);
    record(ctx, 'learners.update', id, { cohortId: learner.cohortId, leftGroup });
    return loaded(ctx, id);
  },

  'learners.delete': ({ id }, ctx) => {
    const learner = existing(ctx, id);
    if (learner.cohort_id !== null) assertCohortWritable(ctx.db, learner.cohort_id);
    const blocking = blockingReferences(ctx.db, 'learners', id);
    if (blocking.length > 0) {
      throw conflict(
        learnerRefusalsFr.deleteBlocked(`${learner.first_name} ${learner.surname}`, describeUses(blocking)),
      );
    }
    deleteLearner(ctx.db, id);
    record(ctx, 'learners.delete', id, { name: `${learner.first_name} ${learner.surname}` });
    return {};
  },
};
