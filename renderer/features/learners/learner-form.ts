import type { AccessRoute, Learner } from '../../../shared/api/learners';
import type { FUNDINGS, LEARNER_STATUSES } from '../../../shared/api/learners';
import { learnersScreenFr as t } from '../../../shared/i18n/fr/learners-screen';

type Funding = (typeof FUNDINGS)[number];
type Status = (typeof LEARNER_STATUSES)[number];

/** What the form edits: text fields as typed (marks too, "12,5"), '' for empty. */
export interface LearnerFormValues {
  surname: string;
  firstName: string;
  birthDate: string;
  foreignStudent: boolean;
  email: string;
  phone: string;
  address: string;
  accessRoute: AccessRoute;
  funding: Funding | '';
  employerName: string;
  employerAddress: string;
  employerSiret: string;
  tutorName: string;
  tutorEmail: string;
  tutorPhone: string;
  contractStart: string;
  contractEnd: string;
  cohortId: number | '';
  groupId: number | '';
  entryDate: string;
  exitDate: string;
  status: Status;
  dropoutDate: string;
  dropoutReason: string;
  dispensations: { unitCode: string; reason: string }[];
  keptMarks: { unitCode: string; mark: string; obtainedOn: string }[];
}

/** Routes with a company side: employer, tutor and contract are asked for. */
export function hasAlternance(route: AccessRoute): boolean {
  return route === 'apprenticeship' || route === 'professionalisation' || route === 'initial_alternating';
}

export function emptyForm(cohortId: number | ''): LearnerFormValues {
  return {
    surname: '',
    firstName: '',
    birthDate: '',
    foreignStudent: false,
    email: '',
    phone: '',
    address: '',
    accessRoute: 'apprenticeship',
    funding: '',
    employerName: '',
    employerAddress: '',
    employerSiret: '',
    tutorName: '',
    tutorEmail: '',
    tutorPhone: '',
    contractStart: '',
    contractEnd: '',
    cohortId,
    groupId: '',
    entryDate: '',
    exitDate: '',
    status: 'in_training',
    dropoutDate: '',
    dropoutReason: '',
    dispensations: [],
    keptMarks: [],
  };
}

export function formFromLearner(l: Learner): LearnerFormValues {
  return {
    surname: l.surname,
    firstName: l.firstName,
    birthDate: l.birthDate ?? '',
    foreignStudent: l.foreignStudent,
    email: l.email ?? '',
    phone: l.phone ?? '',
    address: l.address ?? '',
    accessRoute: l.accessRoute,
    funding: l.funding ?? '',
    employerName: l.employerName ?? '',
    employerAddress: l.employerAddress ?? '',
    employerSiret: l.employerSiret ?? '',
    tutorName: l.tutorName ?? '',
    tutorEmail: l.tutorEmail ?? '',
    tutorPhone: l.tutorPhone ?? '',
    contractStart: l.contractStart ?? '',
    contractEnd: l.contractEnd ?? '',
    cohortId: l.cohortId ?? '',
    groupId: '',
    entryDate: l.entryDate ?? '',
    exitDate: l.exitDate ?? '',
    status: l.status,
    dropoutDate: l.dropoutDate ?? '',
    dropoutReason: l.dropoutReason ?? '',
    dispensations: l.dispensations.map((d) => ({ ...d })),
    keptMarks: l.keptMarks.map((k) => ({
      unitCode: k.unitCode,
      mark: String(k.mark).replace('.', ','),
      obtainedOn: k.obtainedOn,
    })),
  };
}

/** "12,5" or "12.5" -> 12.5; null when it is not a mark out of 20. */
export function parseMark(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(normalized)) return null;
  const value = Number(normalized);
  return value >= 0 && value <= 20 ? value : null;
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/**
 * The contract's input from the form: a section that is hidden (company side outside alternance,
 * funding outside formule pro, dropout outside Abandon) is sent empty, so what is saved is what
 * was shown. Marks that are not numbers come back as field errors, at the same paths as the
 * backend's.
 */
export function inputFromForm(v: LearnerFormValues) {
  const errors: Record<string, string> = {};
  const keptMarks = v.keptMarks.map((k, i) => {
    const mark = parseMark(k.mark);
    if (mark === null) errors[`keptMarks.${i}.mark`] = t.markInvalid;
    return { unitCode: k.unitCode, mark: mark ?? 0, obtainedOn: k.obtainedOn };
  });
  const company = hasAlternance(v.accessRoute);
  const droppedOut = v.status === 'dropped_out';
  const input = {
    surname: v.surname,
    firstName: v.firstName,
    birthDate: orNull(v.birthDate),
    foreignStudent: v.foreignStudent,
    email: orNull(v.email),
    phone: orNull(v.phone),
    address: orNull(v.address),
    accessRoute: v.accessRoute,
    funding: v.accessRoute === 'pro_formula' && v.funding !== '' ? v.funding : null,
    employerName: company ? orNull(v.employerName) : null,
    employerAddress: company ? orNull(v.employerAddress) : null,
    employerSiret: company ? orNull(v.employerSiret) : null,
    tutorName: company ? orNull(v.tutorName) : null,
    tutorEmail: company ? orNull(v.tutorEmail) : null,
    tutorPhone: company ? orNull(v.tutorPhone) : null,
    contractStart: company ? orNull(v.contractStart) : null,
    contractEnd: company ? orNull(v.contractEnd) : null,
    cohortId: v.cohortId === '' ? null : v.cohortId,
    entryDate: orNull(v.entryDate),
    exitDate: orNull(v.exitDate),
    status: v.status,
    dropoutDate: droppedOut ? orNull(v.dropoutDate) : null,
    dropoutReason: droppedOut ? orNull(v.dropoutReason) : null,
    dispensations: v.dispensations,
    keptMarks,
  };
  return { input, errors };
}
