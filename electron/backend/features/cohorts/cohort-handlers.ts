import { describeUses } from '../../../../shared/i18n/fr/references';
import { blockingReferences } from '../../db/references';
import type { Cohort } from '../../../../shared/api/cohorts';
import { isPlannable } from '../../../../shared/domain/group-size';
import { cohortRulesFr as t } from '../../../../shared/i18n/fr/cohorts';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { AppError, conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { currentMembersByGroup, programmeTrainers, ungroupedLearners } from './detail-repository';
import { listGroups } from './groups-repository';
import { assertCohortWritable } from './membership';
import {
  cohortNameTaken,
  deleteCohort,
  findCohort,
  insertCohort,
  listCohorts,
  programmeTitle,
  setCohortArchived,
  unitsMissingFromProgramme,
  updateCohort,
  type CohortValues,
} from './repository';

function existing(ctx: HandlerContext, id: number): Cohort {
  const cohort = findCohort(ctx.db, id);
  if (!cohort) throw notFound(t.cohortNotFound);
  return cohort;
}

const record = (ctx: HandlerContext, action: string, cohortId: number, details?: unknown): void =>
  auditCall(ctx, action, `cohort:${cohortId}`, details);

/** The checks that link fields, all reported at once under their field; then the unique name. */
function checkValues(ctx: HandlerContext, values: CohortValues, exceptId: number | null): void {
  const fields: Record<string, string> = {};
  if (values.endDate <= values.startDate) fields.endDate = t.endBeforeStart;
  if (values.yearTo < values.yearFrom) fields.yearTo = t.yearToBeforeYearFrom;
  if (programmeTitle(ctx.db, values.programmeId) === null) fields.programmeId = t.programmeNotFound;
  const first = Object.values(fields)[0];
  if (first) throw new AppError('INVALID_INPUT', first, fields);
  if (cohortNameTaken(ctx.db, values.name, exceptId)) {
    const message = t.cohortNameTaken(values.name);
    throw conflict(message, { name: message });
  }
}

/** A cohort may change programme unless its learners' dispensations or kept marks would lose their unit. */
function checkProgrammeChange(ctx: HandlerContext, cohort: Cohort, programmeId: number): void {
  if (programmeId === cohort.programmeId) return;
  const blockers = unitsMissingFromProgramme(ctx.db, cohort.id, programmeId);
  if (blockers.length === 0) return;
  const details = blockers.map((b) => t.programmeChangeDetail(b.learner, b.units)).join(' ; ');
  const message = t.programmeChangeBlocked(programmeTitle(ctx.db, programmeId) ?? '', details);
  throw conflict(message, { programmeId: message });
}

export const cohortHandlers: HandlersOf<
  | 'cohorts.list'
  | 'cohorts.get'
  | 'cohorts.create'
  | 'cohorts.update'
  | 'cohorts.setArchived'
  | 'cohorts.delete'
> = {
  'cohorts.list': (input, { db }) => listCohorts(db, input.includeArchived ?? false),

  'cohorts.get': (input, ctx) => {
    const cohort = existing(ctx, input.id);
    const members = currentMembersByGroup(ctx.db, cohort.id);
    return {
      ...cohort,
      groups: listGroups(ctx.db, cohort.id).map(({ cohortName: _omit, ...group }) => {
        const learners = members.get(group.id) ?? [];
        return { ...group, learnerCount: learners.length, plannable: isPlannable(learners.length), learners };
      }),
      ungrouped: ungroupedLearners(ctx.db, cohort.id),
      trainers: programmeTrainers(ctx.db, cohort.programmeId),
    };
  },

  'cohorts.create': (input, ctx) => {
    checkValues(ctx, input, null);
    const id = insertCohort(ctx.db, input, ctx.now);
    record(ctx, 'cohorts.create', id, { name: input.name, programmeId: input.programmeId });
    return existing(ctx, id);
  },

  'cohorts.update': (input, ctx) => {
    const { id, ...values } = input;
    const cohort = existing(ctx, id);
    assertCohortWritable(ctx.db, id);
    checkValues(ctx, values, id);
    checkProgrammeChange(ctx, cohort, values.programmeId);
    updateCohort(ctx.db, id, values, ctx.now);
    record(ctx, 'cohorts.update', id, values);
    return existing(ctx, id);
  },

  'cohorts.setArchived': (input, ctx) => {
    const cohort = existing(ctx, input.id);
    if (cohort.archived !== input.archived) {
      setCohortArchived(ctx.db, cohort.id, input.archived, ctx.now);
      record(ctx, input.archived ? 'cohorts.archive' : 'cohorts.unarchive', cohort.id);
    }
    return existing(ctx, cohort.id);
  },

  'cohorts.delete': (input, ctx) => {
    const cohort = existing(ctx, input.id);
    assertCohortWritable(ctx.db, cohort.id);
    if (cohort.groupCount > 0 || cohort.learnerCount > 0) {
      throw conflict(t.cohortNotEmpty(cohort.name, cohort.groupCount, cohort.learnerCount));
    }
    const uses = blockingReferences(ctx.db, 'cohorts', cohort.id);
    if (uses.length > 0) throw conflict(t.cohortInUse(cohort.name, describeUses(uses)));
    deleteCohort(ctx.db, cohort.id);
    record(ctx, 'cohorts.delete', cohort.id, { name: cohort.name });
    return {};
  },
};
