import { formatDateLong, formatDateShort, formatHours, formatNumber, formatPercent } from '../../format/fr';

type Place = 'centre' | 'company';
type Source = 'override' | 'internship' | 'group' | 'centre';

const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n, 0)} ${n > 1 ? many : one}`;
/** French writes "1,5 semaine" in the singular: the plural starts at 2. */
const weeks = (n: number) => `${formatNumber(n, 1)} semaine${n >= 2 ? 's' : ''}`;
const period = (start: string, end: string) => `du ${formatDateShort(start)} au ${formatDateShort(end)}`;

/** Refusals of the learner-plan handlers (electron/backend/features/learner-plan). */
export const learnerPlanRulesFr = {
  learnerNotFound: 'Cet apprenant n’existe pas (ou plus).',
  noCohort: (name: string) =>
    `${name} n’est rattaché(e) à aucune promotion : rattachez-le (la) à une promotion avant de ` +
    'modifier son rythme ou ses stages.',
  sunday: (date: string) => `Le ${formatDateLong(date)} est un dimanche : le rythme va du lundi au samedi.`,
  outsideCohort: (date: string, cohort: string, start: string, end: string) =>
    `Le ${formatDateLong(date)} est hors des dates de la promotion ${cohort} (${period(start, end)}).`,
  periodInverted: (position: number, start: string, end: string) =>
    `La période de stage n° ${position} (${period(start, end)}) se termine avant de commencer.`,
  periodOutsideCohort: (
    position: number,
    start: string,
    end: string,
    cohort: string,
    cohortStart: string,
    cohortEnd: string,
  ) =>
    `La période de stage n° ${position} (${period(start, end)}) dépasse les dates de la promotion ` +
    `${cohort} (${period(cohortStart, cohortEnd)}).`,
} as const;

/** Facts the learner-plan handlers compute and the screen shows as they are. */
export const learnerPlanFr = {
  /** Shown beside the contract's hours, and appended to the apprentice rule's message that quotes them. */
  contractHoursNote:
    'Heures du contrat estimées (hypothèse) : durée légale annuelle de 1 607 h au prorata des jours ' +
    'calendaires du contrat (jours ÷ 365,25 × 1 607).',
  contractDatesMissing:
    'Renseignez les dates de début et de fin du contrat sur la fiche de l’apprenant pour vérifier ' +
    'son temps en centre.',
} as const;

/** The "Rythme, stage et heures" section of a learner's page. */
export const learnerPlanScreenFr = {
  title: 'Rythme, stage et heures',
  noCohort: 'Rattachez cet apprenant à une promotion pour voir son rythme, ses stages et ses heures.',
  period: (start: string, end: string) => `Promotion ${period(start, end)}`,
  groups: 'Groupes suivis',
  noGroup: 'Aucun groupe : les jours comptent en centre, sans séance.',
  /** `lastDay`: the last day spent in the group (the day before the membership's end). */
  groupSince: (name: string, start: string, lastDay: string | null) =>
    lastDay ? `${name} ${period(start, lastDay)}` : `${name} depuis le ${formatDateShort(start)}`,

  // Calendar.
  calendarLabel: 'Calendrier de l’apprenant',
  legend: 'Légende',
  centre: 'Centre',
  company: 'Entreprise (rythme du groupe)',
  overrideCentre: 'Centre (jour propre à l’apprenant)',
  overrideCompany: 'Entreprise (jour propre à l’apprenant)',
  internship: 'Stage',
  publicHoliday: 'Jour férié',
  schoolHoliday: 'Vacances scolaires',
  dayLabel: (date: string, source: Source, place: Place, holiday: string | null) =>
    `${formatDateLong(date)} : ` +
    {
      override: `${place === 'centre' ? 'centre' : 'entreprise'}, jour propre à l’apprenant`,
      internship: 'stage',
      group: 'entreprise, rythme du groupe',
      centre: 'centre',
    }[source] +
    (holiday ? ` (${holiday})` : ''),
  toggleHelp:
    'Cliquez sur un jour pour le passer de centre à entreprise (ou l’inverse) pour cet apprenant seul ; ' +
    'un second clic le rend au rythme du groupe.',
  readOnlyHelp: 'Seuls les administrateurs et les responsables modifient le rythme d’un apprenant.',
  archivedHelp: 'Promotion archivée : le rythme et les stages ne se modifient plus.',
  overrideCount: (n: number) =>
    n === 0
      ? 'Aucun jour propre à l’apprenant.'
      : `${plural(n, 'jour propre', 'jours propres')} à l’apprenant.`,
  dayChanged: (date: string, place: Place | 'group') =>
    place === 'group'
      ? `Le ${formatDateLong(date)} suit à nouveau le rythme du groupe.`
      : `Le ${formatDateLong(date)} est maintenant ${place === 'centre' ? 'en centre' : 'en entreprise'} ` +
        'pour cet apprenant.',
  resetDays: 'Rendre tous les jours au rythme du groupe',
  confirmResetDays: (n: number) =>
    `Les ${plural(n, 'jour propre', 'jours propres')} à cet apprenant seront supprimés : ` +
    'il suivra le rythme de son groupe.',
  daysReset: 'Tous les jours suivent à nouveau le rythme du groupe.',

  // Hours.
  hoursTitle: 'Heures en centre',
  plannedCentreHours: 'Heures planifiées en centre',
  plannedCentreHoursHelp:
    'Séances des groupes de l’apprenant à leurs dates, hors jours où il est en entreprise ou en stage ; ' +
    'les séances en situation de travail (FEST) ne comptent pas.',
  missedHours: 'Séances manquées (en entreprise)',
  contractPeriod: (start: string, end: string) => `Contrat ${period(start, end)}`,
  contractHours: 'Heures du contrat',
  contractCentreHours: 'En centre pendant le contrat',
  share: 'Part en centre',
  requiredHours: 'Minimum requis',
  minimumOk: 'Minimum de 25 % en centre respecté.',
  hours: (h: number) => formatHours(h),
  percent: (ratio: number) => formatPercent(ratio, 1),
  notUnderContract: 'Pas de contrat de travail : le minimum de 25 % en centre ne s’applique pas.',

  // Internship.
  internshipTitle: 'Périodes de stage',
  internshipRule:
    'Statut scolaire : 16 semaines de stage, dont au moins 6 consécutives ; durée réductible jusqu’à ' +
    '9 semaines. Semaines comptées en jours calendaires ÷ 7.',
  internshipNotScolaire:
    'La règle des 16 semaines concerne les apprenants sous statut scolaire (formation initiale alternée) : ' +
    'pour cet apprenant, les périodes saisies ne sont pas contrôlées.',
  noPeriod: 'Aucune période de stage.',
  periodLine: (start: string, end: string, note: string | null) =>
    `${period(start, end).replace(/^d/, 'D')}${note ? ` — ${note}` : ''}`,
  reducedLine: (reduced: number) => `Durée de stage réduite à ${weeks(reduced)}.`,
  periodRow: (position: number) => `Période n° ${position}`,
  start: 'Début',
  end: 'Fin',
  note: 'Observation (entreprise, tuteur…)',
  addPeriod: 'Ajouter une période',
  removePeriod: (position: number) => `Retirer la période n° ${position}`,
  reducedWeeks: 'Durée réduite (semaines)',
  reducedWeeksHelp: 'De 9 à 16 ; vide : 16 semaines.',
  save: 'Enregistrer les stages',
  saved: 'Périodes de stage enregistrées.',
  savedWithIssues: 'Périodes de stage enregistrées, mais elles ne respectent pas encore la règle :',
  compliant: 'Les périodes de stage respectent la règle.',
  summary: (total: number, longest: number, required: number) =>
    `Total : ${weeks(total)} sur ${weeks(required)} requises ; plus longue période : ${weeks(longest)}.`,
  cancel: 'Annuler les modifications',
} as const;
