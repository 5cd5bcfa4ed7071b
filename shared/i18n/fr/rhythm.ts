import { formatDateLong, formatDateShort, formatHours, formatNumber } from '../../format/fr';

const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n, 0)} ${n > 1 ? many : one}`;

/** Refusals of the rhythm and school-holiday handlers. */
export const rhythmRulesFr = {
  sunday: (date: string) => `Le ${formatDateLong(date)} est un dimanche : le rythme va du lundi au samedi.`,
  outsideCohort: (date: string, start: string, end: string) =>
    `Le ${formatDateLong(date)} est hors des dates de la promotion ` +
    `(du ${formatDateShort(start)} au ${formatDateShort(end)}).`,
  otherZone: (named: string, zone: string) =>
    `Ce fichier est le calendrier scolaire de la zone ${named}, pas de la zone ${zone} : ` +
    'choisissez la bonne zone ou le fichier de votre zone.',
  fileNotUtf8:
    'Ce fichier n’est pas un texte lisible (UTF-8). Téléchargez le calendrier scolaire de votre zone au format iCalendar (.ics), puis choisissez ce fichier.',
} as const;

/** The rhythm panel of the planning page. */
export const rhythmScreenFr = {
  title: 'Rythme d’alternance',
  period: (start: string, end: string) => `Du ${formatDateShort(start)} au ${formatDateShort(end)}`,
  calendarLabel: 'Calendrier du rythme',
  centre: 'Centre',
  company: 'Entreprise',
  publicHoliday: 'Jour férié',
  schoolHoliday: 'Vacances scolaires',
  legend: 'Légende',
  dayLabel: (date: string, place: 'centre' | 'company', holiday: string | null) =>
    `${formatDateLong(date)} : ${place === 'centre' ? 'centre' : 'entreprise'}` +
    (holiday ? ` (${holiday})` : ''),
  toggleHelp: 'Cliquez sur un jour pour le passer de centre à entreprise, ou l’inverse.',
  readOnlyHelp: 'Seuls les administrateurs et les responsables modifient le rythme.',
  monthTitle: (month: string, year: number) => `${month} ${year}`,
  weekdayInitials: ['L', 'M', 'M', 'J', 'V', 'S', 'D'],
  totals: 'Totaux sur la période',
  centreDays: 'Jours en centre (hors fériés)',
  companyDays: 'Jours en entreprise',
  centreHours: 'Heures en centre',
  centreHoursHelp: 'Matin et après-midi de chaque jour en centre, d’après les créneaux des paramètres.',
  hours: (h: number) => formatHours(h),
  days: (n: number) => plural(n, 'jour'),
  noPattern: 'Aucun rythme généré : tous les jours du lundi au samedi comptent en centre.',
  patternWeeks: (centre: number, company: number, startsWith: 'centre' | 'company') =>
    `Rythme : ${plural(centre, 'semaine')} en centre, ${plural(company, 'semaine')} en entreprise, ` +
    `en commençant par ${startsWith === 'centre' ? 'le centre' : 'l’entreprise'}.`,
  patternWeekdays: (days: string) =>
    days ? `Rythme : en centre chaque ${days}.` : 'Rythme : toujours en entreprise.',
  schoolStatusNote:
    'Les périodes de stage (statut scolaire) se saisissent par apprenant, pas dans le rythme du groupe.',

  // The generation form.
  generate: 'Générer le rythme',
  generateIntro: 'Le rythme est calculé sur toutes les dates de la promotion.',
  kind: 'Type de rythme',
  kindWeeks: 'Par semaines',
  kindWeekdays: 'Par jours de la semaine',
  centreWeeks: 'Semaines en centre',
  companyWeeks: 'Semaines en entreprise',
  startsWith: 'Commence par',
  startsWithCentre: 'Le centre',
  startsWithCompany: 'L’entreprise',
  centreWeekdaysInCentreWeek: 'Jours de centre dans une semaine de centre',
  centreWeekdays: 'Jours en centre chaque semaine',
  confirmGenerate:
    'Le rythme actuel de ce groupe sera remplacé, y compris les jours modifiés un par un. ' +
    'Les séances déjà planifiées sont conservées.',
  confirmLabel: 'Remplacer le rythme',
  generated: (companyDays: number) => `Rythme généré : ${plural(companyDays, 'jour')} en entreprise.`,
  sessionsOnCompanyDays: (n: number) =>
    `${plural(n, 'jour')} en entreprise ${n > 1 ? 'ont' : 'a'} déjà des séances planifiées, ` +
    'conservées : déplacez-les ou passez-les en situation de travail (FEST).',
  dayChanged: (date: string, place: 'centre' | 'company') =>
    `Le ${formatDateLong(date)} est maintenant ${place === 'centre' ? 'en centre' : 'en entreprise'}.`,
} as const;
