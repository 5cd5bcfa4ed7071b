import type { DistanceLine } from '../../../../../shared/domain/documents/distance-activities';
import type { Db } from '../../../db/open';
import { stmt } from '../../planning/statements';

/**
 * The roll-call lines of the learners at distance (FOAD) sessions over a period, with the
 * session's subject and note (what the activity was): one query for a whole batch.
 */
export function distanceLines(
  db: Db,
  learnerIds: readonly number[],
  from: string,
  to: string,
): (DistanceLine & { learnerId: number })[] {
  return stmt(
    db,
    `SELECT l.learner_id AS learnerId, s.date, s.slot, ps.name AS subjectName, s.note, l.presence,
       l.late_minutes AS lateMinutes, l.left_early_minutes AS leftEarlyMinutes, l.justification
     FROM attendance_lines l
     JOIN planned_sessions s ON s.id = l.session_id
     JOIN programme_subjects ps ON ps.id = s.subject_id
     WHERE l.learner_id IN (SELECT value FROM json_each(@ids)) AND s.modality = 'distance'
       AND s.date BETWEEN @from AND @to`,
  ).all({ ids: JSON.stringify(learnerIds), from, to }) as (DistanceLine & { learnerId: number })[];
}
