import { GROUP_MAX, GROUP_MIN } from '../../domain/group-size';

/** Messages about cohorts and groups shared by the backend's refusals and the screens. */
export const cohortRulesFr = {
  cohortNotFound: 'Cette promotion n’existe pas (ou plus).',
  groupNotFound: 'Ce groupe n’existe pas (ou plus).',
  learnerNotFound: 'Cet apprenant n’existe pas (ou plus).',
  archived: (name: string) =>
    `La promotion « ${name} » est archivée : elle est en lecture seule. Désarchivez-la pour la modifier.`,
  groupFull: (group: string, current: number, adding: number) =>
    `Le groupe « ${group} » compte déjà ${current} apprenant${current > 1 ? 's' : ''} : ` +
    `en ajouter ${adding} dépasserait la limite de ${GROUP_MAX} apprenants par groupe.`,
  incomplete: `incomplet — non planifiable (moins de ${GROUP_MIN} apprenants)`,
  otherCohort: (learner: string, group: string) =>
    `${learner} n’appartient pas à la promotion du groupe « ${group} ».`,
  alreadyInGroup: (learner: string, group: string) => `${learner} est déjà dans le groupe « ${group} ».`,
  notInAnyGroup: (learner: string) => `${learner} n’est dans aucun groupe actuellement.`,
  memberDateBefore: (learner: string, date: string) =>
    `La date doit être postérieure à l’entrée de ${learner} dans son groupe actuel (${date}).`,
} as const;
