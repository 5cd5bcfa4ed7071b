import type { SubjectHours } from '../../../../../shared/domain/documents/programme-hours';
import type { Db } from '../../../db/open';
import { stmt } from '../../planning/statements';

/** A programme's subjects' hours per training year, for the duration an attestation states. */
export function programmeSubjectHours(db: Db, programmeId: number): SubjectHours[] {
  return stmt(
    db,
    `SELECT hours_year1 AS hoursYear1, hours_year2 AS hoursYear2 FROM programme_subjects
     WHERE programme_id = ?`,
  ).all(programmeId) as SubjectHours[];
}
