/** The candidate session and all-clear context the checkSession tests vary one fact at a time. */
import {
  checkSession,
  type Issue,
  type SessionCandidate,
  type SessionContext,
  type SlotSession,
} from '../../shared/domain/planning';

/** Tuesday 4 March 2025, as in the Planning screen's example. */
export const candidate: SessionCandidate = {
  date: '2025-03-04',
  slot: 'morning',
  groupId: 1,
  groupName: 'NDRC1-A',
  subjectId: 10,
  subjectName: 'Anglais',
  trainerId: 7,
  trainerName: 'Claire Dupont',
  roomId: 15,
  roomName: '15',
  modality: 'onsite',
};
export const clear: SessionContext = {
  sameSlotSessions: [],
  groupSize: 20,
  roomCapacity: 24,
  companyDay: false,
  publicHoliday: null,
  schoolHoliday: null,
  trainerSubjectIds: [10],
  trainerAvailable: true,
  subjectPlannedHours: 30,
  subjectTargetHours: 105,
  sessionHours: 3.75,
};
export const other: SlotSession = {
  id: 99,
  groupId: 2,
  groupName: 'NDRC1-B',
  trainerId: 8,
  trainerName: 'Marc Petit',
  roomId: 12,
  roomName: '12',
  subjectName: 'Droit',
};

export const check = (c: Partial<SessionCandidate> = {}, ctx: Partial<SessionContext> = {}) =>
  checkSession({ ...candidate, ...c }, { ...clear, ...ctx });
export const withOther = (o: Partial<SlotSession>, c: Partial<SessionCandidate> = {}) =>
  check(c, { sameSlotSessions: [{ ...other, ...o }] });
export const kinds = (issues: Issue[]) => issues.map((i) => i.kind);
/** French typography puts no-break spaces in numbers and hours; compare them as plain spaces. */
export const plain = (issues: Issue[]) => issues.map((i) => i.message.replace(/[\u00a0\u202f]/g, ' '));
