import { addDays, mondayOf, weekday } from '../../shared/domain/calendar/dates';

/**
 * The synthetic centre the bench measures: ten yearly intakes (2017 to 2026) of 12 groups of 25
 * learners, each intake a two-year BTS from its first Monday of September to 30 June two years
 * later. The 2017 intake still follows the older BTS NRC; the others the BTS NDRC. Everything
 * is drawn from one seed, so every run of `bench:seed` writes the same centre.
 */

export const SEED = 20261122;
/** Bumped whenever the generator writes a different centre: the bench then seeds again. */
export const GENERATOR_VERSION = 2;
export const FIRST_YEAR = 2017;
export const COHORT_COUNT = 10;
export const GROUPS_PER_COHORT = 12;
export const LEARNERS_PER_GROUP = 25;

/** The seeded administrator: fixed, so a person can sign in to the seeded centre and look. */
export const BENCH_ADMIN = {
  displayName: 'Administratrice du banc d’essai',
  login: 'admin',
  password: 'banc-essai-carnet-2026',
} as const;

/** Accounts created by the administrator; they keep their provisional password but for one. */
export const STAFF_PASSWORD = 'provisoire-banc-2026';

/**
 * The pedagogical manager who records the attendance, marks and appreciations of the past
 * years: her password, chosen at her first sign-in (the login is made from her name).
 */
export const BENCH_MANAGER = { displayName: 'Hélène Marchand', password: 'responsable-banc-2026' } as const;

/** The day the seed is written "on": the centre as it stands on 22 November 2026. */
export const SEED_TODAY = '2026-11-22';

export const SEED_FILE = 'bench-seed.json';

/** The sheets of the last week before the seed's today stay open: pending, and for the bench to record. */
export const OPEN_SHEETS_FROM = mondayOf(SEED_TODAY);

export interface CohortPlan {
  year: number;
  name: string;
  programmeCode: 'BTS-NDRC' | 'BTS-NRC';
  start: string;
  end: string;
  /** The two training years: the periods a weekly pattern is applied over. */
  years: { from: string; to: string }[];
  site: string;
}

export function firstMondayOfSeptember(year: number): string {
  let day = `${year}-09-01`;
  while (weekday(day) !== 1) day = addDays(day, 1);
  return day;
}

export function cohortPlans(sites: readonly string[]): CohortPlan[] {
  return Array.from({ length: COHORT_COUNT }, (_, i) => {
    const year = FIRST_YEAR + i;
    const programmeCode = year < 2018 ? 'BTS-NRC' : 'BTS-NDRC';
    const start = firstMondayOfSeptember(year);
    const end = `${year + 2}-06-30`;
    return {
      year,
      name: `${programmeCode === 'BTS-NRC' ? 'NRC' : 'NDRC'} ${year}-${year + 2}`,
      programmeCode,
      start,
      end,
      years: [
        { from: start, to: `${year + 1}-06-30` },
        { from: firstMondayOfSeptember(year + 1), to: end },
      ],
      site: sites[i % sites.length]!,
    };
  });
}

/** A cohort whose last day is before the seed's today is finished: archived once written. */
export const isFinished = (cohort: CohortPlan) => cohort.end < SEED_TODAY;

/**
 * The detailed record — every session's attendance sheet, every appreciation — starts on the
 * 2024 intake's first day, so the last finished intake has all of it; the earlier years hold
 * their evaluations and marks only. Through the handlers a sheet costs about 4 ms to record and
 * close: the 28 600 sheets of 2017 to 2024 would add about two minutes to the seed.
 */
export const DETAILED_FROM = firstMondayOfSeptember(2024);
