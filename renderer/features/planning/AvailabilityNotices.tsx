import Alert, { type AlertColor } from '@mui/material/Alert';
import type { Availability } from '../../../shared/api/availability';
import type { SessionView } from '../../../shared/api/planning';
import { weekday } from '../../../shared/domain/calendar';
import { GROUP_MIN } from '../../../shared/domain/group-size';
import { availabilityFr as a } from '../../../shared/i18n/fr/availability';
import { planningRulesFr as rules } from '../../../shared/i18n/fr/planning';
import type { Modality } from './display';

interface Notice {
  severity: AlertColor;
  text: string;
}

/**
 * What refuses any session of the group on the half-day, in the very words of the refusal on
 * save (a Sunday, outside the cohort, a public holiday, a company day unless FEST, the group
 * already taught, too few learners), then the school holiday, which only warns.
 */
export function halfDayNotices(availability: Availability, modality: Modality): Notice[] {
  const { date, groupName } = availability;
  const notices: Notice[] = [];
  const refuse = (text: string) => notices.push({ severity: 'error', text });
  if (availability.dateProblem) refuse(availability.dateProblem);
  if (availability.publicHoliday) refuse(rules.publicHoliday(date, availability.publicHoliday));
  if (availability.companyDay && modality !== 'work') refuse(rules.companyPeriod(groupName, date));
  if (availability.groupBusy) refuse(a.groupBusy(groupName, availability.groupBusy));
  if (availability.groupSize < GROUP_MIN) refuse(rules.groupIncomplete(groupName, availability.groupSize));
  if (availability.schoolHoliday) {
    notices.push({ severity: 'info', text: rules.schoolHoliday(date, availability.schoolHoliday) });
  }
  return notices;
}

/** A copy keeps its trainer, room and modality: whether each is free on the target half-day. */
export function copyNotices(availability: Availability, session: SessionView): Notice[] {
  const notices = halfDayNotices(availability, session.modality);
  const trainer = availability.trainers.find((p) => p.id === session.trainerId);
  const room = session.modality === 'onsite' ? availability.rooms.find((r) => r.id === session.roomId) : null;
  const day = weekday(availability.date);
  if (trainer?.busy) notices.push({ severity: 'error', text: a.copyTrainerBusy(trainer.name, trainer.busy) });
  if (room?.busy) notices.push({ severity: 'error', text: a.copyRoomBusy(room.name, room.busy) });
  if (room?.tooSmall) {
    notices.push({
      severity: 'error',
      text: a.copyRoomTooSmall(room.name, room.capacity, availability.groupSize),
    });
  }
  if (trainer?.unavailable) {
    notices.push({
      severity: 'warning',
      text: a.copyTrainerUnavailable(trainer.name, day, availability.slot),
    });
  }
  if (notices.length === 0) notices.push({ severity: 'success', text: a.allFree });
  return notices;
}

/**
 * The notices above a dialog's fields. role="status": they inform while the person chooses,
 * politely; the refusal of a save, when it comes, is the dialog's one alert.
 */
export function AvailabilityNotices({ notices }: { notices: Notice[] }) {
  return notices.map((n) => (
    <Alert key={n.text} severity={n.severity} role="status">
      {n.text}
    </Alert>
  ));
}
