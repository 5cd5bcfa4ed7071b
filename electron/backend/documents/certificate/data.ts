import type { ActionNature } from '../../../../shared/domain/documents/action-nature';
import type { DistanceActivity } from '../../../../shared/domain/documents/distance-activities';

/** One learner's certificat de réalisation for a period, everything it prints read beforehand. */
export interface CertificateData {
  /** The date of "Fait à …, le …". */
  issuedOn: string;
  learnerName: string;
  employerName: string | null;
  actionTitle: string;
  nature: ActionNature;
  /** The period asked for, within the learner's training. */
  from: string;
  to: string;
  /** Hours attended over the period (from the roll calls). */
  hours: number;
  /** Distance (FOAD) sessions attended over the period. */
  activities: DistanceActivity[];
}
