import type { User } from '../../../../shared/api/auth';
import type { Teaching } from '../../../../shared/api/marks';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { marksFr as t } from '../../../../shared/i18n/fr/marks';
import { auditCall } from '../../audit';
import { requireUser } from '../../context';
import type { Db } from '../../db/open';
import { AppError, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { assertCohortWritable, groupFacts } from '../cohorts/membership';
import { findCohort, findSubject, programmeSubjects, trainerExists } from './repository';
import { canTeach } from './teaching';
import {
  assignedTeachers,
  plannedTeachers,
  replaceAssignments,
  type TeacherRow,
} from './teaching-repository';
import { compareFrench } from '../../../../shared/format/sort';

function teachingOf(db: Db, user: User, groupId: number): Teaching {
  const group = groupFacts(db, groupId);
  const cohort = findCohort(db, group.cohort_id);
  if (!cohort) throw notFound(cohortRulesFr.cohortNotFound);
  const trainers = new Map<string, Teaching['subjects'][number]['trainers'][number]>();
  const note = (rows: TeacherRow[], flag: 'assigned' | 'planned') => {
    for (const r of rows) {
      const key = `${r.subjectId}:${r.trainerId}`;
      const found = trainers.get(key) ?? {
        trainerId: r.trainerId,
        name: r.name,
        assigned: false,
        planned: false,
      };
      found[flag] = true;
      trainers.set(key, found);
    }
  };
  note(assignedTeachers(db, groupId), 'assigned');
  note(plannedTeachers(db, groupId), 'planned');
  return {
    groupId,
    cohortId: cohort.id,
    subjects: programmeSubjects(db, cohort.programmeId).map((s) => ({
      subjectId: s.id,
      subjectName: s.name,
      unitCode: s.unitCode,
      trainers: [...trainers.entries()]
        .filter(([key]) => key.startsWith(`${s.id}:`))
        .map(([, teacher]) => teacher)
        .sort((a, b) => compareFrench(a.name, b.name)),
      callerTeaches: canTeach(db, user, groupId, s.id),
    })),
  };
}

export const teachingHandlers: HandlersOf<'teaching.list' | 'teaching.set'> = {
  'teaching.list': ({ groupId }, ctx) => teachingOf(ctx.db, requireUser(ctx), groupId),

  'teaching.set': ({ groupId, subjectId, trainerIds }, ctx) => {
    const group = groupFacts(ctx.db, groupId);
    assertCohortWritable(ctx.db, group.cohort_id);
    const cohort = findCohort(ctx.db, group.cohort_id)!;
    const subject = findSubject(ctx.db, subjectId);
    if (!subject) throw notFound(t.subjectNotFound);
    if (subject.programmeId !== cohort.programmeId) {
      const message = t.subjectNotInProgramme(subject.name, cohort.name);
      throw new AppError('INVALID_INPUT', message, { subjectId: message });
    }
    trainerIds.forEach((id, i) => {
      if (!trainerExists(ctx.db, id))
        throw new AppError('NOT_FOUND', t.trainerNotFound, { [`trainerIds.${i}`]: t.trainerNotFound });
    });
    replaceAssignments(ctx.db, groupId, subjectId, trainerIds);
    auditCall(ctx, 'teaching.set', `group:${groupId}`, { subjectId, trainerIds });
    return teachingOf(ctx.db, requireUser(ctx), groupId);
  },
};
