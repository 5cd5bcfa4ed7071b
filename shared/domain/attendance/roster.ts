import { byPersonName } from '../../format/sort';

/**
 * Who is on a session's sheet, as a pure rule (tests/unit/attendance-hours.test.ts): the group's
 * members on the session's date, plus anyone already recorded on it even if they have left the
 * group since (what was signed stays on the sheet), in French alphabetical order. A learner who
 * joins mid-year is on no sheet dated before they joined, so no hour before counts for them.
 */

export interface Person {
  learnerId: number;
  surname: string;
  firstName: string;
}

export interface Membership extends Person {
  startDate: string;
  /** The first day out of the group; null while they are in it. */
  endDate: string | null;
}

export function memberOn(membership: { startDate: string; endDate: string | null }, date: string): boolean {
  return membership.startDate <= date && (membership.endDate === null || date < membership.endDate);
}

export function sheetRoster<L extends Person>(
  memberships: readonly Membership[],
  lines: readonly L[],
  date: string,
): (Person & { line: L | null })[] {
  const byLearner = new Map(lines.map((l) => [l.learnerId, l]));
  const entries = new Map<number, Person & { line: L | null }>();
  for (const m of memberships) {
    if (!memberOn(m, date) || entries.has(m.learnerId)) continue;
    const { learnerId, surname, firstName } = m;
    entries.set(learnerId, { learnerId, surname, firstName, line: byLearner.get(learnerId) ?? null });
  }
  for (const line of lines) {
    if (!entries.has(line.learnerId)) {
      const { learnerId, surname, firstName } = line;
      entries.set(learnerId, { learnerId, surname, firstName, line });
    }
  }
  return [...entries.values()].sort(byPersonName);
}
