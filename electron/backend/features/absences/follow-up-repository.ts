import type { Justification } from '../../../../shared/domain/attendance/hours';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

export interface FollowUp {
  justification: Justification;
  excuseReason: string | null;
  excuseNote: string | null;
  excuseFileId: number | null;
  employerNotifiedOn: string | null;
}

/**
 * Writes an absence's follow-up on its line. Who recorded the line and when stay those of the
 * roll call: the follow-up is kept in the audit log.
 */
export function updateFollowUp(db: Db, sessionId: number, learnerId: number, followUp: FollowUp): void {
  stmt(
    db,
    `UPDATE attendance_lines SET justification = @justification, excuse_reason = @excuseReason,
       excuse_note = @excuseNote, excuse_file_id = @excuseFileId, employer_notified_on = @employerNotifiedOn
     WHERE session_id = @sessionId AND learner_id = @learnerId`,
  ).run({ ...followUp, sessionId, learnerId });
}
