import type { AttendanceLine, EXCUSE_REASONS } from '../../../shared/api/attendance';
import type { Input } from '../../../shared/api/index';

/** The four choices of the roll call; late is a presence with minutes, excused an absence with a reason. */
export type Mark = 'present' | 'absent' | 'late' | 'excused';
export const MARKS: readonly Mark[] = ['present', 'absent', 'late', 'excused'];
export type ExcuseReason = (typeof EXCUSE_REASONS)[number];
export type Entry = Input<'attendance.record'>['entries'][number];

/** What the roll call shows for a recorded line; null until someone records it. */
export function markOf(line: AttendanceLine): Mark | null {
  if (line.presence === null) return null;
  if (line.presence === 'absent') {
    return line.justification === 'justified' || line.excuseReason !== null ? 'excused' : 'absent';
  }
  return line.lateMinutes > 0 ? 'late' : 'present';
}

/** "15" -> 15; anything but a whole number of minutes from 1 to 240 -> null. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= 240 ? value : null;
}

/** What one row asks to record: the whole line, so a change never loses the rest of it. */
export interface RowChoice {
  mark: Mark;
  lateMinutes: number;
  leftEarlyMinutes: number;
  excuseReason: ExcuseReason | null;
  excuseNote: string | null;
}

export function entryOf(learnerId: number, choice: RowChoice): Entry {
  switch (choice.mark) {
    case 'present':
      return { learnerId, presence: 'present', leftEarlyMinutes: choice.leftEarlyMinutes };
    case 'late':
      return {
        learnerId,
        presence: 'present',
        lateMinutes: choice.lateMinutes,
        leftEarlyMinutes: choice.leftEarlyMinutes,
      };
    case 'absent':
      // Chosen after "Excusé", it takes the excuse back.
      return { learnerId, presence: 'absent', excused: false };
    case 'excused':
      return {
        learnerId,
        presence: 'absent',
        excused: true,
        excuseReason: choice.excuseReason,
        excuseNote: choice.excuseNote,
      };
  }
}

/** A line recorded as it stands, for changing one part of it. */
export function choiceOf(line: AttendanceLine, mark: Mark): RowChoice {
  return {
    mark,
    lateMinutes: line.lateMinutes,
    leftEarlyMinutes: line.leftEarlyMinutes,
    excuseReason: line.excuseReason,
    excuseNote: line.excuseNote,
  };
}
