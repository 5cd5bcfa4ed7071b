import type { CentreForPrint } from '../centre-header';

/** Everything a cohort's printed trainer list shows, read inside the transaction and drawn after it. */
export interface TrainerListPrint {
  centre: CentreForPrint;
  cohortName: string;
  programmeTitle: string;
  startDate: string;
  endDate: string;
  /** In French alphabetical order. */
  trainers: TrainerLine[];
  printedOn: string;
}

export interface TrainerLine {
  surname: string;
  firstName: string;
  email: string | null;
  phone: string | null;
  /** In programme order. */
  subjects: string[];
  /** In French alphabetical order. */
  groups: string[];
}
