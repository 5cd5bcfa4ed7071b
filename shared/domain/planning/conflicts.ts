import { planningRulesFr as t } from '../../i18n/fr/planning';
import { GROUP_MIN } from '../group-size';
import type { IsoDate, Modality, Slot } from './types';

/** Refusals: the session is not saved and the grid says why. */
export type SessionErrorKind =
  | 'public-holiday'
  | 'company-period'
  | 'group-incomplete'
  | 'group-busy'
  | 'trainer-busy'
  | 'room-busy'
  | 'room-too-small';

/** Warnings: the session is saved and its card shows them. */
export type SessionWarningKind =
  'school-holiday' | 'trainer-not-qualified' | 'trainer-unavailable' | 'hours-over-target';

export type IssueKind = SessionErrorKind | SessionWarningKind;

export interface Issue<K extends IssueKind = IssueKind> {
  kind: K;
  message: string;
}

/** The session being created or edited (`id` set when editing). */
export interface SessionCandidate {
  id?: number;
  date: IsoDate;
  slot: Slot;
  groupId: number;
  groupName: string;
  subjectId: number;
  subjectName: string;
  trainerId: number | null;
  trainerName: string | null;
  roomId: number | null;
  roomName: string | null;
  modality: Modality;
}

/**
 * Another session on the same date and slot. `modality` is optional so a handler that does not
 * load it still works; when given, a FOAD or FEST session holds no room even if one is recorded.
 */
export interface SlotSession {
  id: number;
  groupId: number;
  groupName: string;
  trainerId: number | null;
  trainerName: string | null;
  roomId: number | null;
  roomName: string | null;
  subjectName: string;
  modality?: Modality;
}

/** Everything the handler loads for the candidate's date, slot and group. */
export interface SessionContext {
  sameSlotSessions: readonly SlotSession[];
  groupSize: number;
  /** Capacity of the candidate's room; null when it has none. */
  roomCapacity: number | null;
  /** The group is in a company period that day. */
  companyDay: boolean;
  /** Name of the public holiday that day, if any. */
  publicHoliday: string | null;
  /** Name of the school holiday period covering that day, if any. */
  schoolHoliday: string | null;
  trainerSubjectIds: readonly number[];
  /** null: the trainer declared no availability at all, so nothing to compare against. */
  trainerAvailable: boolean | null;
  /** Hours already planned for this group and subject, the candidate excluded. */
  subjectPlannedHours: number;
  subjectTargetHours: number;
  /** Duration of the candidate's slot. */
  sessionHours: number;
}

export interface SessionCheck {
  errors: Issue<SessionErrorKind>[];
  warnings: Issue<SessionWarningKind>[];
}

/**
 * Only an on-site session occupies a room: FOAD happens online, FEST in the company (a session
 * whose modality is unknown holds its room).
 */
export function heldRoom(session: { roomId: number | null; modality?: Modality }): number | null {
  return session.modality === undefined || session.modality === 'onsite' ? session.roomId : null;
}

/** Hours compared to the minute, so 3.75-hour slots never trip over floating-point noise. */
const minutes = (hours: number) => Math.round(hours * 60);

/**
 * Whether a half-day session may be planned: errors refuse it, warnings are shown with it.
 * Errors come in the order a planner fixes them: the day itself (holiday, company period), the
 * group, then who and what is already booked, then the room's size.
 */
export function checkSession(candidate: SessionCandidate, context: SessionContext): SessionCheck {
  const { date, slot } = candidate;
  const errors: Issue<SessionErrorKind>[] = [];
  const warnings: Issue<SessionWarningKind>[] = [];
  const error = (kind: SessionErrorKind, message: string) => errors.push({ kind, message });
  const warn = (kind: SessionWarningKind, message: string) => warnings.push({ kind, message });

  if (context.publicHoliday !== null) error('public-holiday', t.publicHoliday(date, context.publicHoliday));
  // FEST is training in the company: the only kind of session a company day allows.
  if (context.companyDay && candidate.modality !== 'work') {
    error('company-period', t.companyPeriod(candidate.groupName, date));
  }
  if (context.groupSize < GROUP_MIN) {
    error('group-incomplete', t.groupIncomplete(candidate.groupName, context.groupSize));
  }

  // An edited session is still stored under its id: never let it collide with its old self.
  const others = context.sameSlotSessions.filter((s) => candidate.id === undefined || s.id !== candidate.id);
  for (const other of others.filter((s) => s.groupId === candidate.groupId)) {
    error('group-busy', t.groupBusy(candidate.groupName, other, date, slot));
  }
  if (candidate.trainerId !== null) {
    for (const other of others.filter((s) => s.trainerId === candidate.trainerId)) {
      const trainer = candidate.trainerName ?? other.trainerName ?? '';
      error('trainer-busy', t.trainerBusy(trainer, other, date, slot));
    }
  }
  const room = heldRoom(candidate);
  if (room !== null) {
    for (const other of others.filter((s) => heldRoom(s) === room)) {
      error('room-busy', t.roomBusy(candidate.roomName ?? other.roomName ?? '', other, date, slot));
    }
    if (context.roomCapacity !== null && context.roomCapacity < context.groupSize) {
      error(
        'room-too-small',
        t.roomTooSmall(
          candidate.roomName ?? '',
          context.roomCapacity,
          candidate.groupName,
          context.groupSize,
        ),
      );
    }
  }

  if (context.schoolHoliday !== null) warn('school-holiday', t.schoolHoliday(date, context.schoolHoliday));
  if (candidate.trainerId !== null) {
    const trainer = candidate.trainerName ?? '';
    if (!context.trainerSubjectIds.includes(candidate.subjectId)) {
      warn('trainer-not-qualified', t.trainerNotQualified(trainer, candidate.subjectName));
    }
    if (context.trainerAvailable === false) {
      warn('trainer-unavailable', t.trainerUnavailable(trainer, date, slot));
    }
  }
  const planned = context.subjectPlannedHours + context.sessionHours;
  if (minutes(planned) > minutes(context.subjectTargetHours)) {
    warn(
      'hours-over-target',
      t.hoursOverTarget(candidate.subjectName, candidate.groupName, planned, context.subjectTargetHours),
    );
  }

  return { errors, warnings };
}
