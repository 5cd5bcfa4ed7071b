import { formatDateShort, formatNumber } from '../../format/fr';

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

/** The report card (bulletin de notes, issue 7 §2): its printed texts and the batch's refusals. */
export const reportCardsFr = {
  // ---------------------------------------------------------------- batch
  batchTitle: (group: string, period: string) => `Bulletins de notes — ${group} — ${period}`,
  /** Before safeFileName: "Bulletins_NDRC_1A_S1". */
  batchFileBase: (group: string, periodCode: string) => `Bulletins_${group}_${periodCode}`,
  /** The period's short name in file names: S1 for a semester, T2 for a trimester. */
  periodCode: (kind: 'semester' | 'trimester', position: number) =>
    `${kind === 'semester' ? 'S' : 'T'}${position}`,

  // ---------------------------------------------------------------- refusals
  groupNotFound: 'Ce groupe n’existe plus. Rechargez la page.',
  periodNotFound: 'Cette période n’existe plus. Rechargez la page.',
  periodOtherCohort: (period: string, group: string) =>
    `La période « ${period} » n’appartient pas à la promotion du groupe ${group} : choisissez une période de sa promotion.`,
  noLearners: (group: string, period: string) =>
    `Le groupe ${group} n’a aucun apprenant pendant la période « ${period} » : aucun bulletin à éditer.`,
  notMembers: (count: number, group: string, period: string) =>
    `${count} ${plural(count, 'apprenant choisi n’était pas', 'apprenants choisis n’étaient pas')} dans le groupe ${group} pendant la période « ${period} ».`,

  // ---------------------------------------------------------------- the document
  title: (period: string) => `Bulletin de notes — ${period}`,
  labels: {
    learner: 'Apprenant',
    birthDate: 'Né(e) le',
    group: 'Groupe',
    cohort: 'Promotion',
    programme: 'Formation',
    period: 'Période',
  },
  periodRange: (from: string, to: string) => `du ${formatDateShort(from)} au ${formatDateShort(to)}`,
  columns: {
    subject: 'Matière',
    unit: 'Épreuve',
    learner: 'Moyenne',
    classAverage: 'Classe',
    min: 'Min.',
    max: 'Max.',
    coefficient: 'Coef.',
    appreciation: 'Appréciation',
  },
  /** An exam unit's row: "U4 — Relation client et négociation-vente". */
  unitLabel: (code: string, title: string) => `${code} — ${title}`,
  /** A unit prepared by several subjects: each subject's appreciation under its name. */
  subjectAppreciation: (subject: string, text: string) => `${subject} : ${text}`,
  general: 'Moyenne générale',
  rank: (rank: number, of: number) => `Rang : ${rank === 1 ? '1er' : `${rank}e`} / ${of}`,
  coefficient: (value: number) => formatNumber(value, 2),
  noValue: '—',
  provisionalMark: '*',
  provisionalNote: '* provisoire : notes en attente',
  continued: (title: string, learner: string) => `${title} — ${learner} (suite)`,
  generalAppreciation: 'Appréciation générale de l’équipe pédagogique',
  noAppreciation: 'Aucune appréciation saisie pour cette période.',
  attendanceTitle: 'Assiduité sur la période',
  justified: 'Absences justifiées',
  unjustified: 'Absences non justifiées',
  lates: 'Retards',
  halfDays: (n: number) => `${n} ${plural(n, 'demi-journée', 'demi-journées')}`,
  lateCount: (n: number) => `${n} ${plural(n, 'retard', 'retards')}`,
  lateMinutes: (minutes: number) => `${formatNumber(minutes, 0)}\u00a0min`,
  none: 'aucune',
  noLate: 'aucun',
};
