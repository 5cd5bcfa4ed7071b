import { formatDateLong, formatNumber } from '../../format/fr';

const num = (n: number) => formatNumber(n, 2);

/**
 * The BTS exam simulator's refusals and notes (backend). The decision's own sentences are the
 * marks rules' (marks-rules.ts); these say how the simulator chose each unit's entry.
 */
export const examsFr = {
  twoDecimals: 'Deux décimales au plus (ex. 12,25).',
  learnerNotFound: 'Cet apprenant n’existe pas (ou plus).',
  noCohort: (name: string) =>
    `${name} n’est inscrit dans aucune promotion : le simulateur suit les épreuves du programme de la promotion.`,
  noUnits: (programme: string) =>
    `Le programme « ${programme} » n’a aucune épreuve : ajoutez ses unités dans Programmes.`,
  dispensedUnit: (code: string, name: string) =>
    `${code} est dispensée pour ${name} : retirez la dispense dans sa fiche avant d’y saisir une note.`,

  // ---------------------------------------------------------------- notes under a decision
  mockExamAbsent: (code: string, title: string, date: string) =>
    `${code} : absent (ABS) à « ${title} » du ${formatDateLong(date)}, compté comme absence non justifiée.`,
  mockExamRescaled: (code: string, title: string, mark: number, scale: number) =>
    `${code} : « ${title} » noté ${num(mark)} / ${num(scale)}, ramené sur 20.`,
  keptNotKeepable: (code: string, mark: number) =>
    `La note de ${code} d’une session antérieure (${num(mark)}) est inférieure à 10 : elle ne peut pas être conservée.`,
  keptAfterSession: (code: string, obtainedOn: string) =>
    `La note conservée de ${code} est datée du ${formatDateLong(obtainedOn)}, après la session : elle n’est pas comptée.`,
  keptReplaced: (code: string) =>
    `${code} : une note est saisie pour cette session, elle remplace la note conservée.`,

  // ---------------------------------------------------------------- actual results
  resultLearnerOutside: (name: string, cohort: string) =>
    `${name} n’appartient pas à la promotion ${cohort} : ses résultats ne peuvent pas y être enregistrés.`,
  resultLearnerUnknown: (id: number) => `L’apprenant n° ${id} n’existe pas (ou plus).`,
  resultTwice: (name: string) => `${name} figure deux fois dans les résultats : gardez une seule ligne.`,
  resultFutureYear: (year: number, current: number) =>
    `La session ${year} n’a pas encore eu lieu (nous sommes en ${current}) : saisissez les résultats d’une session passée.`,
  admittedBelowTen: (name: string, average: number) =>
    `${name} est déclaré admis avec une moyenne de ${num(average)} < 10 : vérifiez la saisie.`,
  refusedAboveTen: (name: string, average: number) =>
    `${name} est déclaré ajourné avec une moyenne de ${num(average)} ≥ 10 : vérifiez la saisie.`,
  averageWhenAbsent: (name: string) =>
    `${name} est déclaré absent à la session : aucune moyenne ne peut lui être donnée.`,
};
