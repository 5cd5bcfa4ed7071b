import type { EVALUATION_KINDS, MARK_SOURCES, PERIOD_KINDS } from '../../api/marks';
import { formatDateLong, formatNumber } from '../../format/fr';
import { atFr } from './attendance';

type PeriodKind = (typeof PERIOD_KINDS)[number];

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Marks: periods, teaching, coefficients, evaluations, the mark sheet (backend refusals and nouns). */
export const marksFr = {
  // ---------------------------------------------------------------- nouns
  periodKinds: { semester: 'Semestres', trimester: 'Trimestres' } satisfies Record<PeriodKind, string>,
  periodName: (kind: PeriodKind, n: number) => `${kind === 'semester' ? 'Semestre' : 'Trimestre'} ${n}`,
  evaluationKinds: {
    homework: 'Devoir',
    oral: 'Oral',
    ccf: 'CCF',
    mock_exam: 'BTS blanc',
  } satisfies Record<(typeof EVALUATION_KINDS)[number], string>,
  sources: {
    sheet: 'Saisie',
    paste: 'Collage',
    fill: 'Recopie',
    undo: 'Annulation',
    import: 'Import XLSX',
  } satisfies Record<(typeof MARK_SOURCES)[number], string>,
  trainingYear: (year: number) => (year === 1 ? '1re année' : `${year}e année`),

  // ---------------------------------------------------------------- not found
  periodNotFound: 'Cette période n’existe pas (ou plus).',
  evaluationNotFound: 'Cette évaluation n’existe pas (ou plus).',
  subjectNotFound: 'Cette matière n’existe pas (ou plus).',
  trainerNotFound: 'Ce formateur n’existe pas (ou plus).',
  subjectNotInProgramme: (subject: string, cohort: string) =>
    `La matière « ${subject} » ne fait pas partie du programme de la promotion « ${cohort} ».`,
  periodNotOfCohort: (period: string, group: string) =>
    `La période « ${period} » n’est pas une période de la promotion du groupe « ${group} ».`,
  noPeriods: (cohort: string) =>
    `La promotion « ${cohort} » n’a pas encore de périodes : un responsable doit d’abord les générer.`,

  // ---------------------------------------------------------------- who may write
  adviserReadOnly: 'Les conseillers consultent les notes sans pouvoir les modifier.',
  noTrainerRecord:
    'Votre compte n’est lié à aucune fiche formateur : demandez à un responsable de la relier pour saisir des notes.',
  notTeaching: (group: string, subject: string) =>
    `Vous n’enseignez pas « ${subject} » au groupe « ${group} » : seuls ses formateurs ` +
    '(affectés au groupe ou prévus au planning) et les responsables peuvent y saisir des notes.',
  forceManagersOnly: 'Seul un responsable peut supprimer une évaluation qui a déjà des notes.',

  // ---------------------------------------------------------------- periods
  periodClosed: (period: string, byName: string, at: string) =>
    `La période « ${period} » a été clôturée par ${byName} ${atFr(at)} : ses évaluations, ses notes ` +
    'et ses appréciations ne peuvent plus être modifiées. Un responsable peut la rouvrir.',
  alreadyClosed: (period: string, byName: string, at: string) =>
    `La période « ${period} » est déjà clôturée (par ${byName} ${atFr(at)}).`,
  notClosed: (period: string) => `La période « ${period} » n’est pas clôturée.`,
  periodsInUse: (uses: string) =>
    `Les périodes actuelles ont déjà ${uses} : elles ne peuvent plus être redécoupées. ` +
    'Modifiez plutôt leurs dates une à une.',
  periodOutsideCohort: (cohort: string, start: string, end: string) =>
    `Une période doit se situer dans les dates de la promotion « ${cohort} » ` +
    `(du ${formatDateLong(start)} au ${formatDateLong(end)}).`,
  periodEndBeforeStart: 'La fin de la période doit suivre son début.',
  periodOverlap: (other: string) => `Ces dates chevauchent la période « ${other} ».`,
  evaluationsOutsidePeriod: (count: number, title: string, date: string) =>
    `${plural(count, 'évaluation', 'évaluations')} ${count > 1 ? 'sortiraient' : 'sortirait'} de la période, ` +
    `dont « ${title} » du ${formatDateLong(date)} : déplacez-les d’abord.`,

  // ---------------------------------------------------------------- evaluations
  dateOutsidePeriod: (period: string, start: string, end: string) =>
    `La date doit être dans la période « ${period} » (du ${formatDateLong(start)} au ${formatDateLong(end)}).`,
  unitOnlyForMockExam: 'Seul un BTS blanc correspond à une épreuve : retirez l’épreuve ou changez le type.',
  scaleBelowMarks: (highest: number) =>
    `Une note de ${formatNumber(highest, 2)} a déjà été saisie : le barème ne peut pas descendre en dessous.`,
  evaluationHasMarks: (title: string, count: number) =>
    `L’évaluation « ${title} » a déjà ${plural(count, 'note', 'notes')} : ` +
    'confirmez pour la supprimer avec ses notes.',

  // ---------------------------------------------------------------- marks
  learnerNotFound: 'Cet apprenant n’existe pas (ou plus).',
  learnerNotInGroup: (learner: string, group: string, period: string) =>
    `${learner} n’était pas dans le groupe « ${group} » pendant la période « ${period} ».`,
  cellsRefused: (count: number) =>
    `${plural(count, 'cellule refusée', 'cellules refusées')} : rien n’a été enregistré.`,
  cellRefused: (learner: string, evaluation: string, reason: string) =>
    `${learner}, « ${evaluation} » : ${reason}`,
};
