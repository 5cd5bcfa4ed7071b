import { lineHours, type Justification, type Presence } from '../attendance/hours';
import { type SlotSettings, slotDurationHours } from '../calendar/half-days';
import type { Slot } from '../planning/types';

/**
 * The activities of a distance (FOAD) training a certificat de réalisation lists with their
 * estimated time: each distance session the learner took part in, timed as the hours rule
 * times a half-day attended (its length, less the minutes arrived late or left early). A
 * session the learner missed was not realised and is left out.
 */

export interface DistanceLine {
  date: string;
  slot: Slot;
  subjectName: string;
  /** What the session's planner wrote about it (the activity), if anything. */
  note: string | null;
  presence: Presence;
  lateMinutes: number;
  leftEarlyMinutes: number;
  justification: Justification | null;
}

export interface DistanceActivity {
  date: string;
  slot: Slot;
  subjectName: string;
  note: string | null;
  hours: number;
}

const SLOT_ORDER: Record<Slot, number> = { morning: 0, afternoon: 1, evening: 2 };

export function distanceActivities(lines: readonly DistanceLine[], slots: SlotSettings): DistanceActivity[] {
  return lines
    .map((line) => ({
      date: line.date,
      slot: line.slot,
      subjectName: line.subjectName,
      note: line.note,
      hours: lineHours({ ...line, sessionHours: slotDurationHours(line.slot, slots) }).attended,
    }))
    .filter((activity) => activity.hours > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || SLOT_ORDER[a.slot] - SLOT_ORDER[b.slot]);
}

/** The activities' time added up in whole minutes, as the hours rule adds half-days. */
export function totalHours(activities: readonly { hours: number }[]): number {
  return activities.reduce((minutes, a) => minutes + Math.round(a.hours * 60), 0) / 60;
}
