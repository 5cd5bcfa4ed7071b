import type { BTS_OUTCOMES, EXAM_SOURCES, RESULT_OUTCOMES, UNIT_STATUSES } from '../../api/exams';
import { formatDateLong, formatNumber, formatPercent } from '../../format/fr';

type Outcome = (typeof BTS_OUTCOMES)[number];
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;

/** Texts of the Examens screens: the cohort's projected decisions, a learner's units and decision. */
export const examsScreenFr = {
  title: 'Examens',
  intro:
    'Simulation de la décision du BTS : notes des BTS blancs ou saisies, dispenses, notes conservées, épreuves de contrôle.',
  cohort: 'Promotion',
  chooseCohort: 'Choisissez une promotion pour voir la décision prévisionnelle de chaque apprenant.',
  sessionDate: 'Date de la session',
  sessionDateHelp: 'Par défaut, la date de fin de la promotion.',
  archived: 'Promotion archivée : consultation seulement.',

  // ---------------------------------------------------------------- the cohort
  tableLabel: (cohort: string) => `Décisions prévisionnelles de ${cohort}`,
  colLearner: 'Apprenant',
  colGroup: 'Groupe',
  colAverage: 'Moyenne',
  colProfessional: 'Moy. pro.',
  colDecision: 'Décision',
  colAwarded: 'Unités acquises',
  openLearner: (name: string) => `Voir le détail de ${name}`,
  noLearners: 'Aucun apprenant en formation dans cette promotion.',
  projectedTitle: 'Taux de réussite prévisionnel',
  projectedRate: (rate: number | null) => (rate === null ? '—' : formatPercent(rate)),
  tally: (presented: number, admitted: number) =>
    `${plural(admitted, 'admis', 'admis')} sur ${plural(presented, 'présenté')}`,
  awaiting: (n: number) =>
    `${plural(n, 'candidat')} à l’oral de contrôle (compté${n > 1 ? 's' : ''} non admis)`,
  incomplete: (n: number) =>
    `${plural(n, 'apprenant')} sans décision (notes manquantes), non compté${n > 1 ? 's' : ''}`,
  sourceLegend: {
    intro: 'Origine des notes (au survol d’une note) :',
    typed: 'saisie dans le simulateur (gras)',
    mock_exam: 'BTS blanc',
    kept: 'conservée d’une session antérieure (bleu)',
    dispensed: 'dispensée (italique)',
  },

  // ---------------------------------------------------------------- actual results
  resultsTitle: 'Résultats réels des sessions passées',
  noResults: 'Aucun résultat de session enregistré pour cette promotion.',
  sessionLine: (year: number, admitted: number, presented: number, rate: number | null) =>
    `Session ${year} : ${plural(admitted, 'admis', 'admis')} sur ${plural(presented, 'présenté')}` +
    (rate === null ? '' : ` — ${formatPercent(rate)}`),
  enterResults: 'Saisir les résultats d’une session',
  editResults: (year: number) => `Modifier les résultats de la session ${year}`,
  resultsDialog: 'Résultats réels d’une session',
  resultsIntro:
    'Reportez les résultats publiés. Les apprenants laissés sur « Non présenté » ne sont pas enregistrés.',
  sessionYear: 'Année de la session',
  resultOutcome: (name: string) => `Résultat de ${name}`,
  resultAverage: (name: string) => `Moyenne de ${name}`,
  notEntered: 'Non présenté',
  averageNotNumber: 'Saisissez une moyenne sur 20 (ex. 11,25) ou laissez vide.',
  resultsSaved: (year: number) => `Résultats de la session ${year} enregistrés.`,

  // ---------------------------------------------------------------- a learner
  learnerTitle: (name: string) => `Examen de ${name}`,
  learnerIntro: (cohort: string, programme: string) => `${cohort} — ${programme}`,
  backToCohort: 'Retour à la promotion',
  unitsLabel: 'Épreuves du BTS',
  colUnit: 'Épreuve',
  colCoefficient: 'Coef.',
  colKind: 'Nature',
  colSource: 'Origine',
  colMark: 'Note retenue',
  colPoints: 'Points',
  colStatus: 'Unité',
  colEdit: 'Saisie',
  general: 'Générale',
  professional: 'Professionnelle',
  optional: 'Facultative',
  awarded: 'Acquise',
  notAwarded: 'Non acquise',
  validUntil: (date: string) => `Acquise, valable jusqu’au ${formatDateLong(date)}`,
  mockDetail: (title: string, date: string) => `« ${title} » du ${formatDateLong(date)}`,
  keptDetail: (date: string, until: string, valid: boolean) =>
    `Obtenue le ${formatDateLong(date)}, ${valid ? 'valable' : 'expirée'} jusqu’au ${formatDateLong(until)}`,
  editUnit: (code: string) => `Modifier la saisie de ${code}`,
  unitDialog: (code: string, title: string) => `${code} — ${title}`,
  unitDialogIntro:
    'Ce que vous saisissez ici remplace la note du BTS blanc pour la simulation. « Effacer » revient au BTS blanc.',
  entryKind: 'Saisie',
  entryMark: 'Note',
  entryAbsent: 'Absent sans motif reconnu',
  entryForceMajeure: 'Absent pour force majeure (compté 0)',
  markField: 'Note sur 20',
  markOnly: 'Saisissez une note sur 20 (ex. 12,5) ; pour une absence, choisissez-la ci-dessus.',
  clearEntry: 'Effacer la saisie',
  confirmClear: (code: string) =>
    `Effacer la saisie de ${code} ? La simulation reprendra la note du BTS blanc, s’il y en a une.`,
  clear: 'Effacer',

  // ---------------------------------------------------------------- the decision
  decisionTitle: 'Décision prévisionnelle',
  average: 'Moyenne générale',
  professionalAverage: 'Moyenne des unités professionnelles',
  optionalPoints: 'Points de l’épreuve facultative',
  notesTitle: 'Comment les épreuves ont été comptées',
  noDecision: 'Aucune décision possible',
  blocsTitle: 'Blocs de compétences',
  noBlocs: 'Ce programme ne définit pas de blocs de compétences.',
  bloc: (n: number, title: string, units: readonly string[]) => `Bloc ${n} — ${title} (${units.join(', ')})`,
  blocAcquired: 'Acquis',
  blocNotAcquired: 'Non acquis',
  unitsAwardedLine: (codes: readonly string[]) =>
    codes.length ? `Unités acquises : ${codes.join(', ')}` : 'Aucune unité acquise.',

  // ---------------------------------------------------------------- the resits what-if
  resitsTitle: 'Épreuves de contrôle (simulation)',
  resitsIntro:
    'Saisissez jusqu’à deux notes d’oral de contrôle sur des unités générales : la décision est recalculée aussitôt. Rien n’est enregistré.',
  resitUnit: (n: number) => `Unité de l’oral de contrôle ${n}`,
  resitMark: (n: number) => `Note de l’oral de contrôle ${n}`,
  noUnit: 'Aucune',
  resitsPending: 'Choisissez une unité et saisissez une note pour voir la décision recalculée.',
  afterResits: 'Décision après l’oral de contrôle',

  outcomes: {
    admitted: 'Admis',
    resits: 'Contrôle',
    refused: 'Ajourné',
    not_issued: 'Non délivrable',
    incomplete: 'Incomplet',
  } satisfies Record<Outcome, string>,
  sources: {
    typed: 'Saisie',
    mock_exam: 'BTS blanc',
    dispensed: 'Dispensée',
    kept: 'Conservée',
    none: 'Aucune note',
  } satisfies Record<(typeof EXAM_SOURCES)[number], string>,
  statuses: {
    mark: 'Note',
    absent: 'Absent',
    force_majeure: 'Force majeure',
    exempt: 'Dispensée',
    kept: 'Conservée',
    missing: 'Manquante',
    expired: 'Note conservée expirée',
  } satisfies Record<(typeof UNIT_STATUSES)[number], string>,
  resultOutcomes: {
    admitted: 'Admis',
    refused: 'Ajourné',
    not_issued: 'Diplôme non délivrable',
    absent: 'Absent à la session',
  } satisfies Record<(typeof RESULT_OUTCOMES)[number], string>,
  number: (n: number) => formatNumber(n, 2),
};
