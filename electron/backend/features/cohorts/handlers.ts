import { cohortHandlers } from './cohort-handlers';
import { groupHandlers } from './group-handlers';

/** Cohorts (promotions) and their groups. */
export const cohortsHandlers = { ...cohortHandlers, ...groupHandlers };
