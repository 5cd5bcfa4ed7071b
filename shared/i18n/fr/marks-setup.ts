import { formatNumber } from '../../format/fr';

/** Texts of the managers' marks set-up on a cohort's page: who teaches what, and the coefficients. */
export const marksSetupFr = {
  // ---------------------------------------------------------------- teaching
  teachingTitle: 'Enseignements',
  teachingIntro:
    'Qui enseigne chaque matière du programme à un groupe. Un formateur affecté ici, ou planifié sur une séance du groupe dans cette matière, saisit ses notes et appréciations.',
  group: 'Groupe',
  noGroups: 'Aucun groupe dans cette promotion.',
  teachingLabel: (group: string) => `Enseignements du groupe ${group}`,
  colSubject: 'Matière',
  colAssigned: 'Formateurs affectés',
  colPlanned: 'D’après le planning',
  assignedOf: (subject: string) => `Formateurs affectés — ${subject}`,
  nonePlanned: 'Aucun',
  noSubjects: 'Le programme de la promotion n’a aucune matière.',
  teachingSaved: (subject: string) => `Formateurs de « ${subject} » enregistrés.`,

  // ---------------------------------------------------------------- coefficients
  coefficientsTitle: 'Coefficients',
  coefficientsIntro:
    'Coefficient de chaque matière dans la moyenne générale. Laissez le coefficient du programme, ou fixez-en un propre à la promotion.',
  coefficientsLabel: 'Coefficients des matières',
  colProgramme: 'Coefficient du programme',
  colCohort: 'Coefficient de la promotion',
  colApplied: 'Appliqué',
  cohortOf: (subject: string) => `Coefficient de la promotion — ${subject}`,
  programmeApplies: 'celui du programme',
  reset: 'Rétablir',
  resetOf: (subject: string) => `Rétablir le coefficient du programme — ${subject}`,
  coefficientInvalid: 'Saisissez un nombre supérieur à 0 (ex. 2 ou 1,5), au plus 100.',
  coefficientSaved: (subject: string, value: number) =>
    `Coefficient de « ${subject} » : ${formatNumber(value, 2)}.`,
  coefficientReset: (subject: string) => `« ${subject} » reprend le coefficient du programme.`,
  number: (n: number) => formatNumber(n, 2),
} as const;
