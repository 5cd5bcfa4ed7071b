import type { CentreForPrint } from '../centre-header';

/** Everything a group's printed roster shows, read inside the transaction and drawn after it. */
export interface RosterPrint {
  centre: CentreForPrint;
  cohortName: string;
  groupName: string;
  programmeTitle: string;
  /** The day the membership is read on. */
  date: string;
  /** In French alphabetical order. */
  learners: RosterLine[];
  printedOn: string;
}

export interface RosterLine {
  surname: string;
  firstName: string;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  /** "Apprentissage", "Formule pro (CPF)": already in French. */
  route: string;
  employerName: string | null;
  tutorName: string | null;
  tutorEmail: string | null;
  tutorPhone: string | null;
}
