/**
 * Hours realised from attendance lines (domain-rules.md, Attendance). A half-day attended counts
 * its hours minus the minutes arrived late and left early; an absence counts nothing attended.
 * What is not attended is "excused" when the absence (or lateness) is justified, "missed"
 * otherwise, pending included: an absence counts as unjustified until someone justifies it.
 * Sums are done in whole minutes so that 3 h 45 × n never drifts by a float's error.
 */

export type Presence = 'present' | 'absent';
export type Justification = 'pending' | 'justified' | 'unjustified';

export interface LineFacts {
  /** The session's length in hours (3.75 for a default half-day). */
  sessionHours: number;
  presence: Presence;
  lateMinutes: number;
  leftEarlyMinutes: number;
  justification: Justification | null;
}

export interface Hours {
  scheduled: number;
  attended: number;
  excused: number;
  missed: number;
}

interface Minutes {
  scheduled: number;
  attended: number;
  excused: number;
  missed: number;
}

function lineMinutes(line: LineFacts): Minutes {
  const scheduled = Math.round(line.sessionHours * 60);
  const away =
    line.presence === 'absent'
      ? scheduled
      : Math.min(scheduled, Math.max(0, line.lateMinutes) + Math.max(0, line.leftEarlyMinutes));
  const justified = line.justification === 'justified';
  return {
    scheduled,
    attended: scheduled - away,
    excused: justified ? away : 0,
    missed: justified ? 0 : away,
  };
}

const toHours = (m: Minutes): Hours => ({
  scheduled: m.scheduled / 60,
  attended: m.attended / 60,
  excused: m.excused / 60,
  missed: m.missed / 60,
});

/** The hours of one learner's line on one sheet. */
export function lineHours(line: LineFacts): Hours {
  return toHours(lineMinutes(line));
}

/**
 * Lines that share the same facts, counted by the database (`count`, 1 when absent): a year of
 * a centre is tens of thousands of lines, read as a few hundred distinct ones.
 */
export interface CountedLine extends LineFacts {
  count?: number;
}

/** The hours of many lines added up (a learner's year, a subject, a month). */
export function sumHours(lines: Iterable<CountedLine>): Hours {
  const total: Minutes = { scheduled: 0, attended: 0, excused: 0, missed: 0 };
  for (const line of lines) {
    const m = lineMinutes(line);
    const count = line.count ?? 1;
    total.scheduled += m.scheduled * count;
    total.attended += m.attended * count;
    total.excused += m.excused * count;
    total.missed += m.missed * count;
  }
  return toHours(total);
}

/** Absence rate: hours not attended (excused or missed) over hours scheduled; 0 with nothing scheduled. */
export function absenceRate(hours: Hours): number {
  return hours.scheduled > 0 ? (hours.excused + hours.missed) / hours.scheduled : 0;
}

/** Share of scheduled hours missed without justification, what the alert threshold compares. */
export function unjustifiedShare(hours: Hours): number {
  return hours.scheduled > 0 ? hours.missed / hours.scheduled : 0;
}
