import { expect, type APIRequestContext } from '@playwright/test';
import { addDays } from '../../shared/domain/calendar/dates';
import { api } from './api';

/** Set-up steps the journeys share, made through the API as an administrator already signed in. */

export interface CohortSpec {
  name: string;
  programmeCode: string;
  /** The day the cohort is built around: it started 60 days before and runs 600 days after. */
  today: string;
  holidayZone: 'A' | 'B' | 'C';
  alsaceMoselle: boolean;
}

/** A two-year cohort of a built-in programme, started 60 days ago. */
export async function cohortOf(request: APIRequestContext, spec: CohortSpec) {
  const programme = (await api(request, 'programmes.list', {})).find((p) => p.code === spec.programmeCode);
  expect(programme, `the built-in programme ${spec.programmeCode}`).toBeDefined();
  const cohort = await api(request, 'cohorts.create', {
    name: spec.name,
    programmeId: programme!.id,
    startDate: addDays(spec.today, -60),
    endDate: addDays(spec.today, 600),
    yearFrom: 1,
    yearTo: 2,
    holidayZone: spec.holidayZone,
    alsaceMoselle: spec.alsaceMoselle,
  });
  return { cohort, programme: programme! };
}

/** Its semesters, and the one holding `today`. */
export async function currentSemester(request: APIRequestContext, cohortId: number, today: string) {
  const periods = await api(request, 'periods.generate', { cohortId, kind: 'semester' });
  const current = periods.find((p) => p.startDate <= today && today <= p.endDate);
  expect(current, 'a semester holding today').toBeDefined();
  return current!;
}

export interface TrainerSpec {
  firstName: string;
  surname: string;
  login: string;
  provisional: string;
}

/** A trainer with a user account (provisional password), qualified for the subjects given. */
export async function trainerWithAccount(
  request: APIRequestContext,
  spec: TrainerSpec,
  subjectIds: number[],
) {
  const account = await api(request, 'users.create', {
    displayName: `${spec.firstName} ${spec.surname}`,
    login: spec.login,
    role: 'trainer',
    password: spec.provisional,
  });
  return api(request, 'trainers.create', {
    firstName: spec.firstName,
    surname: spec.surname,
    contractType: 'employee',
    userId: account.id,
    subjectIds,
  });
}
