import { formatDateLong, formatDateShort, formatHours } from '../../format/fr';
import { isoWeekNumber } from '../../domain/calendar/dates';
import { monthNamesFr, weekdayNamesFr, weekdayShortNamesFr } from './calendar';

type Modality = 'onsite' | 'distance' | 'work';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
/** "08:15" as a French timetable prints it: "8h15". */
const clock = (time: string) => time.replace(/^0(\d)/, '$1').replace(':', 'h');

/** The printed planning (A4 landscape, a week or a month of a group, trainer, room or learner). */
export const planningPdfFr = {
  documentTitle: (who: string) => `Planning — ${who}`,
  who: {
    group: (cohort: string, group: string) => `${group} (${cohort})`,
    trainer: (name: string) => `Formateur : ${name}`,
    room: (name: string) => `Salle : ${name}`,
    learner: (name: string) => `Apprenant : ${name}`,
  },
  weekTitle: (monday: string, saturday: string) =>
    `Semaine ${isoWeekNumber(monday)} — du ${formatDateLong(monday)} au ${formatDateLong(saturday)}`,
  monthTitle: (month: string) =>
    capitalize(`${monthNamesFr[Number(month.slice(5, 7))]} ${month.slice(0, 4)}`),
  total: (hours: number, sessions: number) => `Total : ${formatHours(hours)} — ${plural(sessions, 'séance')}`,
  bySubject: (entries: { name: string; hours: number }[]) =>
    entries.map((e) => `${e.name} ${formatHours(e.hours)}`).join(' · '),
  noSession: 'Aucune séance sur la période.',
  dayHeader: (date: string, weekday: number) =>
    `${capitalize(weekdayNamesFr[weekday]!)} ${formatDateShort(date).slice(0, 5)}`,
  weekdayShort: (weekday: number) => capitalize(weekdayShortNamesFr[weekday]!.replace('.', '')),
  slotTimes: (start: string, end: string) => `${clock(start)} – ${clock(end)}`,
  publicHoliday: (name: string) => `Férié : ${name}`,
  schoolHoliday: (name: string) => `Vacances : ${name}`,
  company: 'En entreprise',
  modality: { onsite: null, distance: 'FOAD', work: 'FEST' } as Record<Modality, string | null>,
  slotShort: { morning: 'Mat.', afternoon: 'A-m.', evening: 'Soir' },
  noTrainer: 'sans formateur',
  room: (name: string) => `Salle ${name.replace(/^salle\s+/i, '')}`,
  fileName: (who: string, period: 'week' | 'month', start: string) =>
    `Planning_${who}_${period === 'week' ? 'semaine' : 'mois'}_${start}`,
  legend: 'FOAD : formation à distance · FEST : formation en situation de travail',
} as const;
