import { GROUP_MIN } from '../../domain/group-size';
import { formatDateLong, formatDateShort, formatHours, formatNumber, formatPercent } from '../../format/fr';

type Slot = 'morning' | 'afternoon' | 'evening';
type Modality = 'onsite' | 'distance' | 'work';

/** Half-days as they read inside a sentence: "le mardi 4 mars 2025 matin". */
export const slotInSentenceFr: Record<Slot, string> = {
  morning: 'matin',
  afternoon: 'après-midi',
  evening: 'soir',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
const when = (date: string, slot: Slot) => `le ${formatDateLong(date)} ${slotInSentenceFr[slot]}`;
/** "12" and "Salle 12" both read "salle 12", so a room named either way never says "salle Salle". */
const room = (name: string) => `salle ${name.replace(/^salle\s+/i, '')}`;
/** French writes "1,5 semaine" in the singular: the plural starts at 2. */
const weeks = (n: number) => `${formatNumber(n, 1)} semaine${n >= 2 ? 's' : ''}`;
const WEEKS_RULE = 'Semaines comptées en jours calendaires ÷ 7, premier et dernier jours inclus.';

/** Where another session takes place, for the "already booked" refusals. */
function placeOf(other: { roomName: string | null; modality?: Modality }): string {
  if (other.modality === 'distance') return ' (à distance)';
  if (other.modality === 'work') return ' (en entreprise)';
  return other.roomName ? ` (${room(other.roomName)})` : '';
}

/** Refusals and warnings of the planning rules (shared/domain/planning). */
export const planningRulesFr = {
  // Errors: the session is refused.
  trainerBusy: (
    trainer: string,
    other: { groupName: string; roomName: string | null; modality?: Modality },
    date: string,
    slot: Slot,
  ) => `${trainer} anime déjà ${other.groupName} ${when(date, slot)}${placeOf(other)}.`,
  roomBusy: (
    roomName: string,
    other: { groupName: string; trainerName: string | null },
    date: string,
    slot: Slot,
  ) =>
    `La ${room(roomName)} est déjà occupée par ${other.groupName}` +
    `${other.trainerName ? ` avec ${other.trainerName}` : ''} ${when(date, slot)}.`,
  groupBusy: (
    group: string,
    other: { subjectName: string; trainerName: string | null },
    date: string,
    slot: Slot,
  ) =>
    `${group} a déjà une séance ${when(date, slot)} : ${other.subjectName}` +
    `${other.trainerName ? ` avec ${other.trainerName}` : ' (sans formateur)'}.`,
  companyPeriod: (group: string, date: string) =>
    `${group} est en entreprise le ${formatDateLong(date)} : planifiez la séance un jour en centre, ` +
    'ou en situation de travail (FEST).',
  publicHoliday: (date: string, holiday: string) =>
    `Le ${formatDateLong(date)} est un jour férié (${holiday}) : choisissez un autre jour.`,
  roomTooSmall: (roomName: string, capacity: number, group: string, groupSize: number) =>
    `La ${room(roomName)} n’a que ${plural(capacity, 'place')} pour les ${plural(groupSize, 'apprenant')} ` +
    `de ${group} : choisissez une salle plus grande.`,
  groupIncomplete: (group: string, size: number) =>
    `${group} est incomplet — non planifiable : ${plural(size, 'apprenant')}, ` +
    `il en faut au moins ${GROUP_MIN}.`,

  // Warnings: the session is saved and the card shows them.
  schoolHoliday: (date: string, holiday: string) =>
    `Le ${formatDateLong(date)} tombe pendant les vacances scolaires (${holiday}).`,
  trainerNotQualified: (trainer: string, subject: string) =>
    `${subject} ne figure pas parmi les matières de ${trainer} : vérifiez sa fiche formateur.`,
  trainerUnavailable: (trainer: string, date: string, slot: Slot) =>
    `${trainer} n’a pas déclaré de disponibilité ${when(date, slot)} : confirmez avec le formateur.`,
  hoursOverTarget: (subject: string, group: string, planned: number, target: number) =>
    `${subject} : ${formatHours(planned)} planifiées pour ${group}, soit ${formatHours(planned - target)} ` +
    `de plus que les ${formatHours(target)} prévues.`,

  // Alternance rhythm.
  rhythmWeeksInvalid:
    'Les nombres de semaines en centre et en entreprise doivent être des entiers positifs ou nuls.',
  rhythmWeeksEmpty: 'Le rythme doit compter au moins une semaine (en centre ou en entreprise).',
  rhythmWeekdaysInvalid: 'Les jours en centre vont du lundi (1) au samedi (6).',
  apprenticeShort: (
    centre: number,
    share: number,
    required: number,
    contract: number,
    bts: { required: number; reference: number } | null,
  ) =>
    `Temps en centre insuffisant : ${formatHours(centre)} (${formatNumber(share * 100, 2)}\u00a0% du contrat), ` +
    `il en faut au moins ${formatHours(required)} — ${formatPercent(0.25, 0)} des ${formatHours(contract)} ` +
    'du contrat' +
    (bts === null
      ? '.'
      : ` et, pour un BTS, ${formatHours(bts.required)} (${formatHours(bts.reference)} au prorata ` +
        'de la durée du contrat sur 24 mois : règle supposée, à confirmer).'),

  // Internship (statut scolaire).
  internshipTooShort: (total: number, required: number, reduced: boolean) =>
    `Les stages totalisent ${weeks(total)}, il en faut au moins ${weeks(required)}` +
    `${reduced ? ' (durée réduite)' : ''}. ${WEEKS_RULE}`,
  internshipNoLongPeriod: (longest: number) =>
    `Aucune période de stage n’atteint 6 semaines consécutives (la plus longue : ${weeks(longest)}). ` +
    WEEKS_RULE,
  internshipReductionTooLow: (reducedTo: number) =>
    `La durée de stage ne peut pas être réduite à ${weeks(reducedTo)} : 9 semaines au minimum.`,
  internshipPeriodInverted: (start: string, end: string) =>
    `La période du ${formatDateShort(start)} au ${formatDateShort(end)} se termine avant de commencer.`,
} as const;

/** The hours ledger's drift, as the grid's side panel and the dashboard show it. */
export const ledgerDriftFr = {
  over: 'Dépassement',
  behind: 'En retard',
  ok: 'Conforme',
} as const;

/** Refusals of the planning handlers (electron/backend/features/planning). */
export const planningFr = {
  sessionNotFound: 'Cette séance n’existe pas (ou plus).',
  subjectNotFound: 'Cette matière n’existe pas (ou plus).',
  trainerNotFound: 'Ce formateur n’existe pas (ou plus).',
  roomNotFound: 'Cette salle n’existe pas (ou plus).',
  notMonday: (date: string) =>
    `Le ${formatDateLong(date)} n’est pas un lundi : une semaine du planning commence le lundi.`,
  sunday: (date: string) => `Le ${formatDateLong(date)} est un dimanche : aucune séance le dimanche.`,
  outsideCohort: (date: string, cohort: string, start: string, end: string) =>
    `Le ${formatDateLong(date)} est hors des dates de la promotion ${cohort} ` +
    `(du ${formatDateShort(start)} au ${formatDateShort(end)}).`,
  subjectNotInProgramme: (subject: string, group: string) =>
    `La matière « ${subject} » n’appartient pas au référentiel suivi par ${group} : ` +
    'choisissez une matière de son programme.',
  sessionInUse: (uses: string) => `Cette séance ne peut pas être supprimée : elle est liée à ${uses}.`,
  copySameWeek: 'La semaine copiée ne peut pas être aussi une semaine de destination.',
  copyEmptyWeek: (group: string, weekStart: string) =>
    `${group} n’a aucune séance la semaine du ${formatDateLong(weekStart)} : rien à copier.`,
  periodInverted: (from: string, to: string) =>
    `La période du ${formatDateShort(from)} au ${formatDateShort(to)} se termine avant de commencer.`,
  periodOutsideCohort: (cohort: string, start: string, end: string) =>
    `La période doit rester dans les dates de la promotion ${cohort} ` +
    `(du ${formatDateShort(start)} au ${formatDateShort(end)}).`,
} as const;

/** The iCalendar export of a planning (electron/backend/features/planning/ics-export.ts). */
export const planningIcsFr = {
  learnerNotFound: 'Cet apprenant n’existe pas (ou plus).',
  calendarName: {
    group: (cohort: string, group: string) => `Planning — ${cohort} — ${group}`,
    other: (name: string) => `Planning — ${name}`,
  },
  fileName: (name: string) => `Planning_${name}`,
  /** LOCATION of sessions without a room. */
  distance: 'FOAD',
  work: 'En entreprise (FEST)',
  modalities: {
    onsite: 'Présentiel',
    distance: 'FOAD (à distance)',
    work: 'FEST (situation de travail)',
  } as Record<Modality, string>,
  trainer: (name: string | null) => `Formateur : ${name ?? 'non renseigné'}`,
  modality: (label: string) => `Modalité : ${label}`,
  note: (note: string) => `Note : ${note}`,
} as const;
