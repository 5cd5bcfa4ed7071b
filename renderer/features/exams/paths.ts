import { NAV_ROUTES } from '../../nav-routes';

/** Where the Examens area is mounted (/examens); its pages link by absolute paths under it. */
const base = NAV_ROUTES.find((r) => r.key === 'exams')!.path;

export const COHORT_PARAM = 'promotion';
export const SESSION_PARAM = 'session';

/** The address bar speaks French (team mode shows it); each view has its own stable address. */
export const examsPaths = {
  cohort: (cohortId?: number) => (cohortId ? `${base}?${COHORT_PARAM}=${cohortId}` : base),
  learner: (learnerId: number) => `${base}/apprenant/${learnerId}`,
};
