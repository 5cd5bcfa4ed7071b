import type { DateRange } from '../../../../../shared/domain/documents/training-range';
import type { Db } from '../../../db/open';
import { hoursRealised } from '../../absences/realised';

/**
 * Hours a learner attended over a range, exactly as the absences screens count them (each
 * half-day recorded, less the minutes arrived late or left early): the same function serves both.
 */
export function attendedHours(db: Db, learnerId: number, range: DateRange): number {
  if (range.from > range.to) return 0;
  const [realised] = hoursRealised(db, { learnerId, from: range.from, to: range.to });
  return realised?.total.attended ?? 0;
}
