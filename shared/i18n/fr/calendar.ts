/**
 * French words of the calendar. The slot labels already live with the trainers' availability
 * grid; they are re-exported here so that one word ("Après-midi") has one source.
 */
export { slotLabelsFr } from './trainers';

/** Public holidays (jours fériés) under their usual names, as calendars print them. */
export const publicHolidayNamesFr = {
  newYear: 'Jour de l’An',
  goodFriday: 'Vendredi saint',
  easterMonday: 'Lundi de Pâques',
  labourDay: 'Fête du Travail',
  victory1945: 'Victoire 1945',
  ascension: 'Ascension',
  whitMonday: 'Lundi de Pentecôte',
  nationalDay: 'Fête nationale',
  assumption: 'Assomption',
  allSaints: 'Toussaint',
  armistice1918: 'Armistice 1918',
  christmas: 'Noël',
  stStephen: 'Saint-Étienne',
} as const;

/** Joins the names of holidays that fall on the same day (1 May 2008: Fête du Travail, Ascension). */
export const HOLIDAY_NAMES_SEPARATOR = ', ';

/** ISO weekday (1 = Monday … 7 = Sunday), lower case as in running text: "lundi 3 novembre". */
export const weekdayNamesFr: Record<number, string> = {
  1: 'lundi',
  2: 'mardi',
  3: 'mercredi',
  4: 'jeudi',
  5: 'vendredi',
  6: 'samedi',
  7: 'dimanche',
};
export const weekdayShortNamesFr: Record<number, string> = {
  1: 'lun.',
  2: 'mar.',
  3: 'mer.',
  4: 'jeu.',
  5: 'ven.',
  6: 'sam.',
  7: 'dim.',
};

/** Month 1 = January … 12 = December, lower case as in running text. */
export const monthNamesFr: Record<number, string> = {
  1: 'janvier',
  2: 'février',
  3: 'mars',
  4: 'avril',
  5: 'mai',
  6: 'juin',
  7: 'juillet',
  8: 'août',
  9: 'septembre',
  10: 'octobre',
  11: 'novembre',
  12: 'décembre',
};

/** Refusals of the half-day settings, one per field. */
export const slotSettingsFr = {
  invalidTime: 'Heure invalide : saisissez-la au format HH:MM, par exemple 08:15.',
  endBeforeStart: (start: string) => `L’heure de fin doit être après l’heure de début (${start}).`,
  overlaps: (slot: string, previous: string, previousEnd: string) =>
    `Le créneau « ${slot} » doit commencer après la fin du créneau « ${previous} » (${previousEnd}).`,
};

/** Messages of the import of a school calendar file (.ics). */
export const schoolHolidaysFr = {
  unreadable:
    'Ce fichier n’a pas pu être lu comme un calendrier (.ics). Téléchargez le calendrier scolaire de votre zone au format iCalendar, puis choisissez ce fichier.',
  notCalendar:
    'Ce fichier ne contient pas de calendrier (.ics). Choisissez le fichier iCalendar du calendrier scolaire de votre zone.',
  noPeriods: 'Ce calendrier ne contient aucune période de vacances.',
  unnamed: 'Vacances',
  missingStart: (name: string) => `« ${name} » n’a pas de date de début : cette période est ignorée.`,
  badStart: (name: string) => `« ${name} » : la date de début est illisible ; cette période est ignorée.`,
  badEnd: (name: string) => `« ${name} » : la date de fin est illisible ; cette période est ignorée.`,
  badEvent: (name: string) => `« ${name} » n’a pas pu être lu : cette période est ignorée.`,
  endBeforeStart: (name: string, start: string, end: string) =>
    `« ${name} » finit (${end}) avant de commencer (${start}) : cette période est ignorée.`,
};
