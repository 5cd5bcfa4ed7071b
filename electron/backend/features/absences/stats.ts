import type { Output, ParsedInput } from '../../../../shared/api/index';
import { sumHours, type CountedLine } from '../../../../shared/domain/attendance/hours';
import { absenceRate, type Hours } from '../../../../shared/domain/attendance/hours';
import { compareFrench } from '../../../../shared/format/sort';
import { absencesFr as t, statsXlsxFr } from '../../../../shared/i18n/fr/absences';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import type { Db } from '../../db/open';
import { AppError, notFound } from '../../errors';
import { readSettings } from '../settings/repository';
import { checkPeriod, countedFacts } from './lines';
import {
  cohortRow,
  factCounts,
  groupNames,
  groupRow,
  learnerNames,
  subjectNames,
  type LineScope,
} from './repository';

type StatsInput = ParsedInput<'attendance.stats'>;

/** The statistics with the names the workbook splits (surname and first name in their own columns). */
export type Stats = Omit<Output<'attendance.stats'>, 'byLearner'> & {
  byLearner: (Output<'attendance.stats'>['byLearner'][number] & { surname: string; firstName: string })[];
};

/** What the statistics cover, in words, for a workbook's titles and file name. */
export interface StatsScope {
  label: string;
  from: string | null;
  to: string | null;
}

/** Which sessions count: a group's, a cohort's groups', or every one; the group must be of the cohort. */
function scopeOf(db: Db, input: StatsInput): { scope: LineScope; label: string; groupName: string | null } {
  const cohort = input.cohortId === undefined ? null : cohortRow(db, input.cohortId);
  if (input.cohortId !== undefined && !cohort) throw notFound(cohortRulesFr.cohortNotFound);
  if (input.groupId !== undefined) {
    const group = groupRow(db, input.groupId);
    if (!group) throw notFound(cohortRulesFr.groupNotFound);
    if (cohort && group.cohortId !== input.cohortId) {
      const message = t.groupNotInCohort(group.name, cohort.name);
      throw new AppError('INVALID_INPUT', message, { groupId: message });
    }
    return {
      scope: { kind: 'sessionGroup', groupId: group.id },
      label: statsXlsxFr.scopeGroup(group.cohortName, group.name),
      groupName: group.name,
    };
  }
  if (cohort) {
    return {
      scope: { kind: 'cohort', cohortId: input.cohortId! },
      label: statsXlsxFr.scopeCohort(cohort.name),
      groupName: null,
    };
  }
  return { scope: { kind: 'all' }, label: statsXlsxFr.scopeAll, groupName: null };
}

type Figures = Hours & { rate: number };

/** Each key's counted lines, added up by the hours rule, with the absence rate. */
class Totals<K> {
  private readonly parts = new Map<K, CountedLine[]>();

  add(key: K, line: CountedLine): void {
    const lines = this.parts.get(key);
    if (lines) lines.push(line);
    else this.parts.set(key, [line]);
  }

  keys(): K[] {
    return [...this.parts.keys()];
  }

  entries(): [K, Figures][] {
    return [...this.parts.entries()].map(([key, lines]) => {
      const hours = sumHours(lines);
      return [key, { ...hours, rate: absenceRate(hours) }];
    });
  }
}

const byId = <T extends { id: number }>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));

/**
 * Absence rates (hours not attended ÷ hours scheduled, recorded lines only) per learner, group,
 * subject and month, over the sessions of a group, of a cohort or of the whole centre. Two
 * passes of the database count the lines (learner × group, subject × month) by their facts, and
 * the hours rule is applied to those few rows.
 */
export function attendanceStats(db: Db, input: StatsInput): { stats: Stats; scope: StatsScope } {
  checkPeriod(input);
  const { scope, label, groupName } = scopeOf(db, input);
  const { slots } = readSettings(db);
  const perLearner = new Totals<number>();
  const perGroup = new Totals<number>();
  for (const row of factCounts(db, scope, input, 'learnerGroup')) {
    const line = countedFacts(row, slots);
    perLearner.add(row.key, line);
    perGroup.add(row.key2 as number, line);
  }
  const perSubject = new Totals<number>();
  const perMonth = new Totals<string>();
  for (const row of factCounts(db, scope, input, 'subjectMonth')) {
    const line = countedFacts(row, slots);
    perSubject.add(row.key, line);
    perMonth.add(row.key2 as string, line);
  }

  const learners = new Map(learnerNames(db, perLearner.keys()).map((l) => [l.learnerId, l]));
  const byLearner = perLearner
    .entries()
    .map(([id, figures]) => {
      const learner = learners.get(id)!;
      return {
        learnerId: id,
        name: `${learner.firstName} ${learner.surname}`,
        surname: learner.surname,
        firstName: learner.firstName,
        // Within a group's statistics, that group; else the group they are in (or were last in).
        groupName: groupName ?? learner.groupName ?? '',
        ...figures,
      };
    })
    .sort((a, b) => compareFrench(a.surname, b.surname) || compareFrench(a.firstName, b.firstName));

  const groups = byId(groupNames(db, perGroup.keys()));
  const byGroup = perGroup
    .entries()
    .map(([id, figures]) => ({ groupId: id, name: groups.get(id)!.name, ...figures }))
    .sort((a, b) => compareFrench(a.name, b.name));

  const subjects = byId(subjectNames(db, perSubject.keys()));
  const bySubject = perSubject
    .entries()
    .map(([id, figures]) => ({ subject: subjects.get(id)!, figures }))
    .sort((a, b) => a.subject.position - b.subject.position || compareFrench(a.subject.name, b.subject.name))
    .map(({ subject, figures }) => ({ subjectId: subject.id, name: subject.name, ...figures }));

  const byMonth = perMonth
    .entries()
    .map(([month, figures]) => ({ month, ...figures }))
    .sort((a, b) => a.month.localeCompare(b.month));

  return {
    stats: { byLearner, byGroup, bySubject, byMonth },
    scope: { label, from: input.from ?? null, to: input.to ?? null },
  };
}
