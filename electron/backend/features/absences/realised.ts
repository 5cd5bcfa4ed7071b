import type { Output, ParsedInput } from '../../../../shared/api/index';
import { sumHours, type CountedLine } from '../../../../shared/domain/attendance/hours';
import { byPersonName, compareFrench } from '../../../../shared/format/sort';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import type { Db } from '../../db/open';
import { notFound } from '../../errors';
import { readSettings } from '../settings/repository';
import { checkPeriod, countedFacts, learnerName, requireLearnerOrGroup } from './lines';
import {
  factCounts,
  groupLearnersBetween,
  groupRow,
  learnerRow,
  subjectNames,
  type LineScope,
  type Period,
  type PersonRow,
} from './repository';

type Realised = Output<'attendance.hours'>[number];

/** The period asked for, each missing end taken from the cohort's dates (all time without a cohort). */
const withCohortDates = (input: Period, start: string | null, end: string | null): Period => ({
  from: input.from ?? start ?? undefined,
  to: input.to ?? end ?? undefined,
});

/** Who is counted and which of their lines: one learner, or every learner of a group in the period. */
function scopeOf(
  db: Db,
  input: ParsedInput<'attendance.hours'>,
): { people: PersonRow[]; scope: LineScope; period: Period } {
  if (input.learnerId !== undefined) {
    const learner = learnerRow(db, input.learnerId);
    if (!learner) throw notFound(cohortRulesFr.learnerNotFound);
    return {
      people: [learner],
      scope: { kind: 'learner', id: learner.learnerId },
      period: withCohortDates(input, learner.cohortStart, learner.cohortEnd),
    };
  }
  const group = groupRow(db, input.groupId!);
  if (!group) throw notFound(cohortRulesFr.groupNotFound);
  const period = withCohortDates(input, group.cohortStart, group.cohortEnd);
  return {
    people: groupLearnersBetween(db, group.id, period),
    scope: { kind: 'membersOf', groupId: group.id },
    period,
  };
}

/**
 * Hours realised per learner, in total and per subject (in programme order): attended, excused,
 * missed, out of the hours of the half-days recorded for them, whichever group they were in.
 */
export function hoursRealised(db: Db, input: ParsedInput<'attendance.hours'>): Realised[] {
  checkPeriod(input);
  requireLearnerOrGroup(input);
  const { people, scope, period } = scopeOf(db, input);
  const { slots } = readSettings(db);
  const perLearner = new Map<number, Map<number, CountedLine[]>>();
  for (const row of factCounts(db, scope, period, 'learnerSubject')) {
    const learner = perLearner.get(row.key) ?? new Map<number, CountedLine[]>();
    perLearner.set(row.key, learner);
    const subjectId = row.key2 as number;
    const lines = learner.get(subjectId) ?? [];
    learner.set(subjectId, lines);
    lines.push(countedFacts(row, slots));
  }
  const subjectIds = new Set([...perLearner.values()].flatMap((subjects) => [...subjects.keys()]));
  const subjects = subjectNames(db, [...subjectIds]).sort(
    (a, b) => a.position - b.position || compareFrench(a.name, b.name),
  );

  return [...people].sort(byPersonName).map((person) => {
    const own = perLearner.get(person.learnerId) ?? new Map<number, CountedLine[]>();
    return {
      learnerId: person.learnerId,
      learnerName: learnerName(person),
      total: sumHours([...own.values()].flat()),
      subjects: subjects
        .filter((subject) => own.has(subject.id))
        .map((subject) => ({
          subjectId: subject.id,
          subjectName: subject.name,
          ...sumHours(own.get(subject.id)!),
        })),
    };
  });
}
