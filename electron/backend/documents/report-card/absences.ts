import { sumHours, type CountedLine } from '../../../../shared/domain/attendance/hours';

/**
 * A report card's attendance over its period, from the learner's attendance lines as the
 * absence follow-up counts them (shared/domain/attendance/hours.ts): absent half-days split by
 * justification with their hours, and late arrivals with their minutes. An absence not yet
 * followed up counts as unjustified, as it does everywhere else.
 */
export interface AbsenceSummary {
  justified: { halfDays: number; hours: number };
  unjustified: { halfDays: number; hours: number };
  lates: { count: number; minutes: number };
}

export const NO_ABSENCES: AbsenceSummary = {
  justified: { halfDays: 0, hours: 0 },
  unjustified: { halfDays: 0, hours: 0 },
  lates: { count: 0, minutes: 0 },
};

export function summariseAbsences(lines: readonly CountedLine[]): AbsenceSummary {
  const absent = lines.filter((line) => line.presence === 'absent');
  const justified = absent.filter((line) => line.justification === 'justified');
  const unjustified = absent.filter((line) => line.justification !== 'justified');
  const late = lines.filter((line) => line.presence === 'present' && line.lateMinutes > 0);
  const count = (list: readonly CountedLine[]) => list.reduce((n, line) => n + (line.count ?? 1), 0);
  return {
    justified: { halfDays: count(justified), hours: sumHours(justified).excused },
    unjustified: { halfDays: count(unjustified), hours: sumHours(unjustified).missed },
    lates: {
      count: count(late),
      minutes: late.reduce((sum, line) => sum + line.lateMinutes * (line.count ?? 1), 0),
    },
  };
}
