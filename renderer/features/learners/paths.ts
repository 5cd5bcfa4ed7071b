import { NAV_ROUTES } from '../../nav-routes';

/** Where the learners area is mounted (/apprenants); its pages link by absolute paths under it. */
const base = NAV_ROUTES.find((r) => r.key === 'learners')!.path;

export const learnerPaths = {
  list: base,
  create: (cohortId?: number) => `${base}/nouveau${cohortId ? `?promotion=${cohortId}` : ''}`,
  detail: (id: number) => `${base}/${id}`,
  edit: (id: number) => `${base}/${id}/modifier`,
};

/** The cohort filter travels in the address (?promotion=12), so going back keeps it. */
export const COHORT_PARAM = 'promotion';
export const STATUS_PARAM = 'statut';
