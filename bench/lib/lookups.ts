import type { Input, MethodName, Output } from '../../shared/api/index';
import { addDays } from '../../shared/domain/calendar/dates';
import { SEED_TODAY } from '../seed/centre';

/** Backend.call or HttpClient.call: the figures find their way in the centre the same way. */
export type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

/** The Monday of the week after the seed's today (Sunday 22 November 2026). */
export const NEXT_MONDAY = addDays(SEED_TODAY, 1);

/**
 * The first seeded group of the latest intake (NDRC 26-A of NDRC 2026-2028, in its first year on
 * the seed's today); by id, so groups a figure adds to the working copy never come first.
 */
export async function currentGroup(call: Call) {
  const cohorts = await call('cohorts.list', {});
  const cohort = [...cohorts].sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  if (!cohort) throw new Error('aucune promotion en cours dans le centre synthétique');
  const groups = await call('groups.list', { cohortId: cohort.id });
  const group = [...groups].sort((a, b) => a.id - b.id)[0];
  if (!group) throw new Error(`aucun groupe dans ${cohort.name}`);
  return { cohort, group };
}

/** The first week from `monday` on in which the group has sessions (one week in two). */
export async function centreWeek(call: Call, groupId: number, monday = NEXT_MONDAY) {
  for (let week = 0; week < 8; week++) {
    const weekStart = addDays(monday, 7 * week);
    const found = await call('planning.week', { view: 'group', id: groupId, weekStart });
    if (found.sessions.length > 0) return found;
  }
  throw new Error('aucune semaine en centre dans les 8 semaines qui suivent');
}
