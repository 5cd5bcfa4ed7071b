import type { Output } from '../../../../shared/api/index';
import { alertReason, type AlertLine } from '../../../../shared/domain/attendance/alerts';
import { compareFrench } from '../../../../shared/format/sort';
import type { Db } from '../../db/open';
import { readSettings } from '../settings/repository';
import { learnerName, lineFacts } from './lines';
import { alertFacts, learnerNames } from './repository';

/**
 * The learners in training of cohorts in progress whose absences cross a threshold of the
 * settings, with the reason in French. Every line is read in one query, counted by learner, month
 * and facts, so the dashboard's cost is one pass over the lines whatever the number of learners.
 */
export function attendanceAlerts(db: Db): Output<'attendance.alerts'> {
  const { slots, attendanceAlerts: thresholds } = readSettings(db);
  const byLearner = new Map<number, AlertLine[]>();
  for (const row of alertFacts(db)) {
    const lines = byLearner.get(row.learnerId) ?? [];
    byLearner.set(row.learnerId, lines);
    lines.push({ ...lineFacts(row, slots), date: `${row.month}-01`, count: row.n });
  }
  const reasons = new Map<number, string>();
  for (const [learnerId, lines] of byLearner) {
    const reason = alertReason(lines, thresholds);
    if (reason !== null) reasons.set(learnerId, reason);
  }
  return learnerNames(db, [...reasons.keys()])
    .map((learner) => ({
      learnerId: learner.learnerId,
      learnerName: learnerName(learner),
      groupName: learner.groupName ?? '',
      reason: reasons.get(learner.learnerId)!,
      surname: learner.surname,
      firstName: learner.firstName,
    }))
    .sort(
      (a, b) =>
        compareFrench(a.groupName, b.groupName) ||
        compareFrench(a.surname, b.surname) ||
        compareFrench(a.firstName, b.firstName),
    )
    .map(({ surname: _s, firstName: _f, ...alert }) => alert);
}
