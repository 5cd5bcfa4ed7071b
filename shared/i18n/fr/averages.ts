import { formatNumber } from '../../format/fr';

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

/** Averages of a group (issue 5 §4): refusals and the "Moyennes" view. */
export const averagesFr = {
  // ---------------------------------------------------------------- refusals
  periodOrYear: 'Choisissez une période ou une année de formation (l’une ou l’autre).',
  periodNotFound: 'Cette période n’existe plus. Rechargez la page.',
  periodOtherCohort: (group: string, period: string) =>
    `La période « ${period} » n’est pas une période de la promotion du groupe ${group}.`,
  noPeriodInYear: (year: number, cohort: string) =>
    `La promotion ${cohort} n’a aucune période en ${year === 1 ? '1re' : '2e'} année. ` +
    'Créez ses périodes dans l’onglet Périodes.',
  notTeachingGroup: (group: string) =>
    `Vous n’enseignez aucune matière au groupe ${group} : ses moyennes ne vous sont pas accessibles.`,
  noTrainerRecord:
    'Votre compte n’est lié à aucune fiche formateur : demandez à un responsable de le lier pour accéder aux notes.',
  learnerNoGroup: (learner: string, period: string) =>
    `${learner} n’était dans aucun groupe pendant la période « ${period} ».`,

  // ---------------------------------------------------------------- the view
  tabLabel: 'Moyennes',
  tableLabel: 'Moyennes des apprenants par matière',
  period: 'Période',
  year: (year: number) => `Année ${year}`,
  yearLong: (year: number) => `${year === 1 ? '1re' : '2e'} année (toutes ses périodes)`,
  learner: 'Apprenant',
  general: 'Moyenne générale',
  generalShort: 'Générale',
  rank: 'Rang',
  coefficient: (c: number) => `coef. ${formatNumber(c, 2)}`,
  cohortCoefficient: 'Coefficient propre à la promotion',
  provisional: (pending: number) =>
    pending > 0
      ? `provisoire : ${pending} ${plural(pending, 'note NN', 'notes NN')} en attente`
      : 'provisoire : notes NN en attente',
  provisionalLabel: 'Provisoire',
  noValue: '—',
  classAverage: 'Moyenne de la classe',
  classMin: 'Minimum',
  classMax: 'Maximum',
  noLearner: 'Aucun apprenant dans ce groupe pendant la période.',
  exactValue: (value: number) => `Valeur exacte : ${formatNumber(value, 9)}`,
  absRule: (absCountsAsZero: boolean) =>
    absCountsAsZero ? 'ABS compte 0 dans les moyennes.' : 'ABS est neutralisé dans les moyennes.',
  displayNote: 'Valeurs arrondies pour l’affichage ; le rang et les décisions utilisent la valeur exacte.',
  scope: 'Période ou année',
  classTable: 'Statistiques de la classe',
  statistic: 'Statistique',
  loading: 'Calcul des moyennes…',

  // ---------------------------------------------------------------- Paramètres
  settings: {
    title: 'Notes et moyennes',
    intro:
      'Comment les notes comptent dans les moyennes et comment elles s’affichent. Les décisions (rang, examen) utilisent toujours la valeur exacte.',
    abs: 'Absence non justifiée (ABS)',
    absZero: 'Compte 0 dans la moyenne',
    absNeutral: 'Neutralisée, comme ABJ',
    rounding: 'Arrondi à l’affichage',
    roundings: {
      hundredth: 'Au centième (12,35)',
      tenth: 'Au dixième (12,4)',
      half: 'Au demi-point (12,5)',
    },
    showRank: 'Afficher le rang des apprenants',
    showRankHelp: 'Les ex æquo partagent leur rang (1, 2, 2, 4).',
    maxLength: 'Longueur maximale d’une appréciation (caractères)',
    maxLengthHelp: 'Entre 100 et 2 000 caractères ; 400 par défaut.',
    maxLengthInvalid: 'Saisissez un nombre entier entre 100 et 2 000.',
    save: 'Enregistrer',
    saved: 'Paramètres des notes enregistrés.',
  },
} as const;
