import type { Slot } from '../../../../shared/domain/planning/types';
import type { SheetLine } from '../attendance/sheet';
import type { CentreForPrint } from '../centre-header';

/** Everything a group's printed week of attendance sheets shows, read inside the transaction. */
export interface WeekPrint {
  centre: CentreForPrint;
  actionTitle: string;
  cohortName: string;
  groupName: string;
  monday: string;
  /** The last day of the printed week (Saturday). */
  lastDay: string;
  /** With the recorded presences and signatures; empty boxes for paper otherwise. */
  filled: boolean;
  /** The week's planned half-days in the order of the week. */
  sessions: WeekSession[];
  /** In French alphabetical order. */
  learners: WeekLearner[];
  printedOn: string;
}

export interface WeekSession {
  date: string;
  slot: Slot;
  start: string;
  end: string;
  subjectName: string;
  trainerName: string | null;
  /** Filled sheets only. */
  trainerSignature: Buffer | null;
  signedOnPaper: boolean;
}

/** A cell: what was recorded (nothing yet: an empty line), or null when the learner was not in the group that day. */
export type WeekCell = Omit<SheetLine, 'surname' | 'firstName'> | null;

export interface WeekLearner {
  surname: string;
  firstName: string;
  /** One per session, in the order of `sessions`. */
  cells: WeekCell[];
}

/**
 * How many learners go on each page: at most `max`, spread evenly so that 30 learners print
 * as 15 + 15 (boxes as tall as they can be on both pages) rather than 18 + 12. An empty group
 * still prints one page, to sign by hand.
 */
export function learnersPerPage(count: number, max = 18): number[] {
  if (count <= 0) return [0];
  const pages = Math.ceil(count / max);
  const base = Math.floor(count / pages);
  return Array.from({ length: pages }, (_, i) => base + (i < count % pages ? 1 : 0));
}
