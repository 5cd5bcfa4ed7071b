import type { ActionNature } from '../../../../shared/domain/documents/action-nature';
import type { ResultBlock } from '../../../../shared/domain/documents/attestation-result';

/** One learner's attestation de fin de formation, everything it prints read beforehand. */
export interface AttestationData {
  /** The date of "Fait à …, le …". */
  issuedOn: string;
  learnerName: string;
  birthDate: string | null;
  /** The programme's title. */
  actionTitle: string;
  /** "code diplôme 32031212 · RNCP 38368", or empty when neither is known. */
  certification: string;
  nature: ActionNature;
  from: string;
  to: string;
  programmeHours: number;
  realisedHours: number;
  objectives: string[];
  results: ResultBlock[];
  /** The centre's own sentence under the results, or null. */
  note: string | null;
}
