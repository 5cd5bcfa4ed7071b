import type { ICS_VIEWS } from '../../../../shared/api/planning';
import { dateParts, daysInMonth, isoDate } from '../../../../shared/domain/calendar/dates';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { planningIcsFr as ics, planningFr as t } from '../../../../shared/i18n/fr/planning';
import type { Db } from '../../db/open';
import { notFound } from '../../errors';
import { groupFacts, roomFacts, trainerName } from './facts-repository';
import { icsLearner } from './repository';

export type ExportView = (typeof ICS_VIEWS)[number];

/** Who an exported planning is for, with their default period. */
export interface ExportSubject {
  /** The name, e.g. "Camille Martin" or "BTS NDRC 2025-2027 Groupe A". */
  label: string;
  /** A group's cohort and name, named apart in titles. */
  group: { cohortName: string; name: string } | null;
  from: string;
  to: string;
}

/** The same day `months` months away, kept within the shorter month (31 March − 1 month = 28 Feb). */
function addMonths(day: string, months: number): string {
  const { year, month, day: d } = dateParts(day);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return isoDate(y, m, Math.min(d, daysInMonth(y, m)));
}

/**
 * The group, trainer, room or learner an export is for, refused in French when missing. A group
 * or learner defaults to their cohort's dates; a trainer or room to a month back, a year ahead.
 */
export function exportSubject(db: Db, view: ExportView, id: number, today: string): ExportSubject {
  const around = { from: addMonths(today, -1), to: addMonths(today, 12) };
  if (view === 'group') {
    const group = groupFacts(db, id);
    if (!group) throw notFound(cohortRulesFr.groupNotFound);
    return {
      label: `${group.cohortName} ${group.name}`,
      group: { cohortName: group.cohortName, name: group.name },
      from: group.startDate,
      to: group.endDate,
    };
  }
  if (view === 'learner') {
    const learner = icsLearner(db, id);
    if (!learner) throw notFound(ics.learnerNotFound);
    return {
      label: learner.name,
      group: null,
      // A learner out of any cohort still sees the sessions of the groups they were in.
      from: learner.startDate ?? '0001-01-01',
      to: learner.endDate ?? '9999-12-31',
    };
  }
  const name = view === 'trainer' ? trainerName(db, id) : (roomFacts(db, id)?.name ?? null);
  if (name === null) throw notFound(view === 'trainer' ? t.trainerNotFound : t.roomNotFound);
  return { label: name, group: null, ...around };
}
