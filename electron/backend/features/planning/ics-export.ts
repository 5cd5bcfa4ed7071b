import ICAL from 'ical.js';
import type { FileDownload } from '../../../../shared/api/fields';
import { dateParts } from '../../../../shared/domain/calendar/dates';
import type { SlotSettings } from '../../../../shared/domain/calendar/half-days';
import { planningIcsFr as ics, planningFr as t } from '../../../../shared/i18n/fr/planning';
import type { Db } from '../../db/open';
import { safeFileName } from '../../file-names';
import { isoDay } from '../cohorts/dates';
import { withoutOwnCompanyDays } from '../learner-plan/repository';
import { readSettings } from '../settings/repository';
import { invalid } from './context';
import { exportSubject, type ExportView } from './export-subject';
import { icsSessions, type IcsSessionRow } from './repository';

/**
 * The planning of a group, trainer, room or learner as an iCalendar file. Each session's UID
 * is its id, so a calendar app that imports the file again updates the events it already has
 * (even after the session moved) instead of duplicating them; SEQUENCE grows with every change.
 */

type Component = InstanceType<typeof ICAL.Component>;
interface Request {
  view: ExportView;
  id: number;
  from?: string | undefined;
  to?: string | undefined;
}

const TZID = 'Europe/Paris';

/** The European rule since 1996: summer time from the last Sunday of March to the last of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** "2026-03-03" and "08:15" as a local time of the Paris zone (the TZID parameter says which). */
function localTime(date: string, time: string) {
  const { year, month, day } = dateParts(date);
  const [hour, minute] = time.split(':').map(Number);
  return ICAL.Time.fromData({ year, month, day, hour: hour!, minute: minute!, second: 0, isDate: false });
}

function addLocal(event: Component, name: string, date: string, time: string): void {
  event.addPropertyWithValue(name, localTime(date, time)).setParameter('tzid', TZID);
}

const utc = (at: Date) => ICAL.Time.fromJSDate(at, true);

function vevent(row: IcsSessionRow, slots: SlotSettings, stamp: Date): Component {
  const event = new ICAL.Component('vevent');
  const updated = new Date(row.updatedAt);
  event.addPropertyWithValue('uid', `session-${row.id}@carnet`);
  event.addPropertyWithValue('dtstamp', utc(stamp));
  addLocal(event, 'dtstart', row.date, slots[row.slot].start);
  addLocal(event, 'dtend', row.date, slots[row.slot].end);
  event.addPropertyWithValue('summary', `${row.subjectName} — ${row.groupName}`);
  const location =
    row.modality === 'distance' ? ics.distance : row.modality === 'work' ? ics.work : row.roomName;
  if (location) event.addPropertyWithValue('location', location);
  const description = [ics.trainer(row.trainerName), ics.modality(ics.modalities[row.modality])];
  if (row.note) description.push(ics.note(row.note));
  event.addPropertyWithValue('description', description.join('\n'));
  event.addPropertyWithValue('last-modified', utc(updated));
  // Seconds since creation: 0 for a session never changed, larger after each change, so calendar
  // apps take a re-imported event as newer without the database keeping a counter.
  const sequence = Math.max(0, Math.floor((updated.getTime() - new Date(row.createdAt).getTime()) / 1000));
  event.addPropertyWithValue('sequence', sequence);
  return event;
}

export function exportIcs(db: Db, request: Request, now: Date): FileDownload {
  const who = exportSubject(db, request.view, request.id, isoDay(now));
  const title = who.group
    ? ics.calendarName.group(who.group.cohortName, who.group.name)
    : ics.calendarName.other(who.label);
  const from = request.from ?? who.from;
  const to = request.to ?? who.to;
  if (from > to) throw invalid(request.to ? 'to' : 'from', t.periodInverted(from, to));

  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', '-//Carnet//Planning//FR');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', title);
  calendar.addPropertyWithValue('x-wr-timezone', TZID);
  calendar.addSubcomponent(ICAL.Component.fromString(VTIMEZONE));
  const { slots } = readSettings(db);
  const rows = icsSessions(db, request.view, request.id, from, to);
  const own = request.view === 'learner' ? withoutOwnCompanyDays(db, request.id, rows) : rows;
  for (const row of own) {
    calendar.addSubcomponent(vevent(row, slots, now));
  }
  return {
    fileName: safeFileName(ics.fileName(who.label), 'ics'),
    mimeType: 'text/calendar',
    contentBase64: Buffer.from(`${calendar.toString()}\r\n`, 'utf8').toString('base64'),
  };
}
