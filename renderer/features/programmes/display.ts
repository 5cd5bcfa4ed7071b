import { formatHours } from '../../../shared/format/fr';

/** An exam's duration as timetables write it: 220 -> "3 h 40", 30 -> "30 min". */
export function formatMinutes(minutes: number): string {
  return minutes < 60 ? `${minutes}\u00a0min` : formatHours(minutes / 60);
}
