import type { JUSTIFICATIONS } from '../../api/attendance';
import { CENTRE_TIME_ZONE } from '../../domain/attendance/timing';
import { formatDateLong, formatDateShort, formatHours, formatNumber } from '../../format/fr';
import { monthNamesFr } from './calendar';

type Slot = 'morning' | 'afternoon' | 'evening';
type Modality = 'onsite' | 'distance' | 'work';
type Kind = 'absence' | 'late' | 'left_early';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slotWord: Record<Slot, string> = { morning: 'matin', afternoon: 'après-midi', evening: 'soir' };
/** "08:15" as a French timetable prints it: "8h15". */
const clock = (time: string) => time.replace(/^0(\d)/, '$1').replace(':', 'h');
/** 0.125 -> "12,5 %": one decimal, so that 10,4 % never reads as the 10 % threshold. */
const percent = (ratio: number) => `${formatNumber(ratio * 100, 1)}\u00a0%`;
/** A share above its threshold with the decimals it takes to show it above: "10,04 %", never "10 % (seuil 10 %)". */
function percentAbove(ratio: number, max: number): string {
  let decimals = 1;
  while (decimals < 3 && Number((ratio * 100).toFixed(decimals)) <= max * 100) decimals++;
  return `${formatNumber(ratio * 100, decimals)}\u00a0%`;
}
const parisTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: CENTRE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const parisDay = new Intl.DateTimeFormat('fr-FR', {
  timeZone: CENTRE_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
/** An instant as the centre's clock read it: "8h20" (sessions are Europe/Paris wall-clock times). */
const instantTime = (instant: string) => clock(parisTime.format(new Date(instant)));

/** "2026-03" -> "mars 2026". */
export const monthLabelFr = (month: string) =>
  `${monthNamesFr[Number(month.slice(5, 7))]} ${month.slice(0, 4)}`;

export const absenceKindLabelsFr: Record<Kind, string> = {
  absence: 'Absence',
  late: 'Retard',
  left_early: 'Départ anticipé',
};

/** Refusals of the absence follow-up, hours and statistics (electron/backend/features/absences). */
export const absencesFr = {
  learnerOrGroupRequired: 'Choisissez un apprenant ou un groupe.',
  periodInverted: (from: string, to: string) =>
    `La période du ${formatDateShort(from)} au ${formatDateShort(to)} se termine avant de commencer.`,
  lineNotFound: 'Rien n’est enregistré pour cet apprenant à cette séance : faites d’abord l’appel.',
  notAnAbsence: (name: string, date: string, slot: Slot) =>
    `${name} était là le ${formatDateLong(date)} ${slotWord[slot]}, sans retard ni départ anticipé : ` +
    'il n’y a rien à justifier.',
  reasonRequired: 'Indiquez le motif de l’absence justifiée.',
  notifiedInFuture: (date: string) =>
    `L’employeur ne peut pas avoir été prévenu le ${formatDateShort(date)} : cette date est dans le futur.`,
  groupNotInCohort: (group: string, cohort: string) =>
    `Le groupe ${group} n’appartient pas à la promotion ${cohort} : choisissez l’un ou l’autre.`,
  noDocument: 'Aucun justificatif n’est joint à cette absence.',
  noEmployer: (name: string) =>
    `${name} n’a pas d’employeur renseigné dans sa fiche : il n’y a personne à prévenir.`,
  nothingToReport: (name: string, from: string, to: string) =>
    `${name} n’a ni absence, ni retard, ni départ anticipé du ${formatDateShort(from)} au ` +
    `${formatDateShort(to)} : rien à signaler à l’employeur.`,
} as const;

export interface MessageItem {
  date: string;
  slot: Slot;
  subjectName: string;
  absent: boolean;
  lateMinutes: number;
  leftEarlyMinutes: number;
  /** Hours not attended. */
  hours: number;
  justification: (typeof JUSTIFICATIONS)[number];
}

const itemStatus: Record<(typeof JUSTIFICATIONS)[number], string> = {
  pending: 'justificatif attendu',
  justified: 'justifiée',
  unjustified: 'non justifiée',
};

function itemWhat(item: MessageItem): string {
  if (item.absent) return `absence (${formatHours(item.hours)})`;
  const parts: string[] = [];
  if (item.lateMinutes > 0) parts.push(`arrivée en retard de ${item.lateMinutes} min`);
  if (item.leftEarlyMinutes > 0) parts.push(`départ ${item.leftEarlyMinutes} min avant la fin`);
  return parts.join(' et ');
}

/** The message to an apprentice's employer (absences.employerMessage), ready to paste. */
export const employerMessageFr = {
  subject: (learner: string, from: string, to: string) =>
    `Absences de ${learner} en formation du ${formatDateShort(from)} au ${formatDateShort(to)}`,
  greeting: (tutorName: string | null) => (tutorName ? `Bonjour ${tutorName},` : 'Madame, Monsieur,'),
  intro: (learner: string, cohort: string | null, from: string, to: string) =>
    `Nous vous informons des absences en formation de ${learner}${cohort ? ` (promotion ${cohort})` : ''} ` +
    `du ${formatDateShort(from)} au ${formatDateShort(to)} :`,
  item: (item: MessageItem) =>
    `- ${capitalize(formatDateLong(item.date))} ${slotWord[item.slot]} (${item.subjectName}) : ` +
    `${itemWhat(item)}, ${itemStatus[item.justification]}`,
  total: (missed: number, excused: number) =>
    `Au total : ${formatHours(missed + excused)} d’absence` +
    (excused === 0
      ? ', non justifiées ou en attente de justificatif.'
      : missed === 0
        ? ', toutes justifiées.'
        : `, dont ${formatHours(excused)} justifiées et ${formatHours(missed)} non justifiées ou en attente de justificatif.`),
  pendingAsk:
    'Pour les absences en attente, merci de nous transmettre le justificatif (arrêt de travail, convocation…) dès que possible.',
  closing: 'Nous restons à votre disposition pour en parler.',
  regards: 'Cordialement,',
  signature: (name: string) => `${name}\nL’équipe pédagogique`,
} as const;

/** Why a learner shows in the dashboard's alerts (shared/domain/attendance/alerts.ts). */
export const attendanceAlertsFr = {
  share: (share: number, max: number) =>
    `${percentAbove(share, max)} d’heures non justifiées (seuil ${percent(max)})`,
  halfDays: (count: number, month: string, threshold: number) =>
    `${count} demi-journée${count > 1 ? 's' : ''} d’absence non justifiée${count > 1 ? 's' : ''} ` +
    `en ${monthLabelFr(month)} (seuil ${threshold})`,
  separator: ' · ',
} as const;

/** The absence statistics workbook (attendance.exportStats). */
export const statsXlsxFr = {
  workbookTitle: (scope: string) => `Absences — ${scope}`,
  total: 'Total',
  scopeAll: 'Tous les groupes',
  scopeGroup: (cohort: string, group: string) => `${cohort} — ${group}`,
  scopeCohort: (cohort: string) => `Promotion ${cohort}`,
  period: (from: string | null, to: string | null) =>
    from && to
      ? `du ${formatDateShort(from)} au ${formatDateShort(to)}`
      : from
        ? `depuis le ${formatDateShort(from)}`
        : to
          ? `jusqu’au ${formatDateShort(to)}`
          : 'toute la période',
  sheetTitle: (breakdown: string, scope: string, period: string) =>
    `Absences ${breakdown} — ${scope} — ${period}`,
  fileName: (scope: string, from: string | null, to: string | null) =>
    `Absences_${scope.replace(/\s+—\s+/g, '_')}${from ? `_${from}` : ''}${to ? `_${to}` : ''}`,
  sheets: {
    learner: 'Par apprenant',
    group: 'Par groupe',
    subject: 'Par matière',
    month: 'Par mois',
  },
  breakdown: {
    learner: 'par apprenant',
    group: 'par groupe',
    subject: 'par matière',
    month: 'par mois',
  },
  columns: {
    surname: 'Nom',
    firstName: 'Prénom',
    group: 'Groupe',
    subject: 'Matière',
    month: 'Mois',
    scheduled: 'Heures prévues',
    attended: 'Heures suivies',
    excused: 'Heures excusées',
    missed: 'Heures non justifiées',
    rate: 'Taux d’absence',
  },
  monthLabel: (month: string) => capitalize(monthLabelFr(month)),
} as const;

/** The printed attendance sheet (electron/backend/documents/attendance). */
export const sheetPdfFr = {
  title: 'Feuille d’émargement',
  continued: (group: string, date: string, slot: Slot) =>
    `Feuille d’émargement (suite) — ${group} — ${formatDateLong(date)} ${slotWord[slot]}`,
  documentTitle: (group: string, date: string, slot: Slot) =>
    `Feuille d’émargement — ${group} — ${formatDateShort(date)} ${slotWord[slot]}`,
  labels: {
    group: 'Groupe',
    subject: 'Matière',
    date: 'Date',
    times: 'Horaires',
    room: 'Salle',
    modality: 'Modalité',
    trainer: 'Formateur',
  },
  date: (date: string, slot: Slot) => `${capitalize(formatDateLong(date))} (${slotWord[slot]})`,
  times: (start: string, end: string, hours: number) =>
    `${clock(start)} – ${clock(end)} (${formatHours(hours)})`,
  noRoom: '—',
  noTrainer: 'non renseigné',
  modalities: {
    onsite: 'Présentiel',
    distance: 'FOAD (à distance)',
    work: 'FEST (situation de travail)',
  } as Record<Modality, string>,
  columns: { learner: 'Apprenant', signature: 'Signature', status: 'Statut' },
  status: {
    present: 'Présent',
    absent: 'Absent',
    excused: 'Absent (excusé)',
    late: (minutes: number) => `Retard ${minutes} min`,
    leftEarly: (minutes: number) => `Départ ${minutes} min avant la fin`,
  },
  signedAt: (instant: string) => `signé à ${instantTime(instant)}`,
  paperSigned: 'Feuille signée sur papier',
  trainerBox: (name: string | null) => `Signature du formateur${name ? ` : ${name}` : ''}`,
  closedAt: (instant: string, by: string | null) =>
    `Close le ${parisDay.format(new Date(instant))} à ${instantTime(instant)}${by ? ` par ${by}` : ''}`,
  learnerCount: (n: number) => `${n} apprenant${n > 1 ? 's' : ''}`,
  fileName: (cohort: string, group: string, date: string, slot: Slot) =>
    `Emargement_${cohort}_${group}_${date}_${slotWord[slot]}`,
} as const;
