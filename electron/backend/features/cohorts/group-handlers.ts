import { describeUses } from '../../../../shared/i18n/fr/references';
import { blockingReferences } from '../../db/references';
import type { Group } from '../../../../shared/api/cohorts';
import { cohortRulesFr as t } from '../../../../shared/i18n/fr/cohorts';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { isoDay } from './dates';
import {
  deleteGroup,
  findGroup,
  groupHasHistory,
  groupNameTaken,
  insertGroup,
  listGroups,
  renameGroup,
} from './groups-repository';
import {
  addToGroup,
  assertCohortWritable,
  closeMembership,
  currentGroupId,
  groupFacts,
  learnerFacts,
} from './membership';
import { findCohort } from './repository';

function existing(ctx: HandlerContext, id: number): Group {
  const group = findGroup(ctx.db, id);
  if (!group) throw notFound(t.groupNotFound);
  return group;
}

const record = (ctx: HandlerContext, action: string, groupId: number, details?: unknown): void =>
  auditCall(ctx, action, `group:${groupId}`, details);

function assertNameFree(ctx: HandlerContext, cohortId: number, name: string, exceptId: number | null): void {
  if (!groupNameTaken(ctx.db, cohortId, name, exceptId)) return;
  const message = t.groupNameTaken(name, findCohort(ctx.db, cohortId)?.name ?? '');
  throw conflict(message, { name: message });
}

export const groupHandlers: HandlersOf<
  | 'groups.list'
  | 'groups.create'
  | 'groups.rename'
  | 'groups.delete'
  | 'groups.addLearners'
  | 'groups.moveLearner'
  | 'groups.removeLearner'
> = {
  'groups.list': (input, { db }) => {
    if (input.cohortId !== undefined && !findCohort(db, input.cohortId)) throw notFound(t.cohortNotFound);
    return listGroups(db, input.cohortId ?? null);
  },

  'groups.create': (input, ctx) => {
    assertCohortWritable(ctx.db, input.cohortId);
    assertNameFree(ctx, input.cohortId, input.name, null);
    const id = insertGroup(ctx.db, input.cohortId, input.name, ctx.now);
    record(ctx, 'groups.create', id, { cohortId: input.cohortId, name: input.name });
    return existing(ctx, id);
  },

  'groups.rename': (input, ctx) => {
    const group = groupFacts(ctx.db, input.id);
    assertCohortWritable(ctx.db, group.cohort_id);
    assertNameFree(ctx, group.cohort_id, input.name, group.id);
    renameGroup(ctx.db, group.id, input.name);
    record(ctx, 'groups.rename', group.id, { from: group.name, to: input.name });
    return existing(ctx, group.id);
  },

  'groups.delete': (input, ctx) => {
    const group = groupFacts(ctx.db, input.id);
    assertCohortWritable(ctx.db, group.cohort_id);
    if (groupHasHistory(ctx.db, group.id)) throw conflict(t.groupHasHistory(group.name));
    const uses = blockingReferences(ctx.db, 'groups', group.id);
    if (uses.length > 0) throw conflict(t.groupInUse(group.name, describeUses(uses)));
    deleteGroup(ctx.db, group.id);
    record(ctx, 'groups.delete', group.id, { cohortId: group.cohort_id, name: group.name });
    return {};
  },

  'groups.addLearners': (input, ctx) => {
    const from = input.from ?? isoDay(ctx.now);
    addToGroup(ctx.db, input.groupId, input.learnerIds, from);
    record(ctx, 'groups.addLearners', input.groupId, { learnerIds: input.learnerIds, from });
    return existing(ctx, input.groupId);
  },

  'groups.moveLearner': (input, ctx) => {
    const from = input.from ?? isoDay(ctx.now);
    const learner = learnerFacts(ctx.db, input.learnerId);
    const fromGroupId = currentGroupId(ctx.db, learner.id);
    if (fromGroupId === null) throw conflict(t.notInAnyGroup(learner.name));
    const source = groupFacts(ctx.db, fromGroupId);
    const target = groupFacts(ctx.db, input.toGroupId);
    if (source.cohort_id !== target.cohort_id) throw conflict(t.otherCohort(learner.name, target.name));
    addToGroup(ctx.db, target.id, [learner.id], from);
    record(ctx, 'groups.moveLearner', target.id, { learnerId: learner.id, fromGroupId, from });
    return existing(ctx, target.id);
  },

  'groups.removeLearner': (input, ctx) => {
    const from = input.from ?? isoDay(ctx.now);
    const learner = learnerFacts(ctx.db, input.learnerId);
    const groupId = currentGroupId(ctx.db, learner.id);
    if (groupId === null) throw conflict(t.notInAnyGroup(learner.name));
    assertCohortWritable(ctx.db, groupFacts(ctx.db, groupId).cohort_id);
    closeMembership(ctx.db, learner.id, from);
    record(ctx, 'groups.removeLearner', groupId, { learnerId: learner.id, from });
    return {};
  },
};
