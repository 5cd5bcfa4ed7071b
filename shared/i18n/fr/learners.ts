import type { AccessRoute } from '../../api/learners';

export const accessRouteLabelsFr: Record<AccessRoute, string> = {
  apprenticeship: 'Apprentissage',
  professionalisation: 'Contrat de professionnalisation',
  initial_alternating: 'Formation initiale alternée',
  pro_formula: 'Formule pro',
  vae: 'VAE',
};

export const fundingLabelsFr = {
  cpf: 'CPF',
  skills_plan: 'Plan de développement des compétences',
  cpf_transition: 'CPF de transition',
  pro_a: 'Pro-A',
  csp: 'CSP',
} as const;

export const learnerStatusLabelsFr = {
  in_training: 'En formation',
  dropped_out: 'Abandon',
  graduated: 'Diplômé',
} as const;

/** Messages of the rules that link a learner's fields (shared/domain/learner-rules.ts). */
export const learnerRulesFr = {
  fundingRequired: 'Indiquez le financement de la formule pro (CPF, PDC, CPF de transition, Pro-A ou CSP).',
  fundingOnlyProFormula: 'Le financement ne s’indique que pour la formule pro.',
  siretInvalid: 'Le SIRET doit compter 14 chiffres et être valide (clé de contrôle).',
  contractEndBeforeStart: 'La fin du contrat doit être postérieure à son début.',
  exitBeforeEntry: 'La date de sortie doit être postérieure à la date d’entrée.',
  dropoutDateRequired: 'Indiquez la date de l’abandon.',
  dropoutReasonRequired: 'Indiquez le motif de l’abandon.',
  dropoutOnlyWhenDroppedOut: 'La date et le motif d’abandon ne s’indiquent que pour un abandon.',
  birthDateInFuture: 'La date de naissance ne peut pas être dans le futur.',
  birthDateTooOld: 'La date de naissance semble erronée (plus de 100 ans).',
  keptMarkBelowTen: 'Seules les notes d’au moins 10/20 peuvent être conservées d’une session antérieure.',
  duplicateUnit: (code: string) => `L’unité ${code} est indiquée deux fois.`,
} as const;

/** Refusals of the learners handlers. */
export const learnerRefusalsFr = {
  unknownUnit: (code: string, valid: readonly string[]) =>
    valid.length
      ? `L’unité « ${code} » n’existe pas dans le programme de la promotion (unités : ${valid.join(', ')}).`
      : `L’unité « ${code} » n’existe pas : le programme de la promotion n’a encore aucune unité.`,
  unitsNeedCohort: 'Choisissez d’abord la promotion : les unités dépendent de son programme.',
  groupNotInCohort: (group: string) =>
    `Le groupe « ${group} » n’appartient pas à la promotion choisie. Choisissez un groupe de cette promotion.`,
  leaveGroupFirst: (learner: string, group: string) =>
    `${learner} est dans le groupe « ${group} » : retirez-le(la) d’abord de ce groupe pour changer de promotion.`,
  deleteBlocked: (learner: string, uses: string) =>
    `${learner} ne peut pas être supprimé(e) : des enregistrements le(la) concernent déjà (${uses}). ` +
    'Indiquez plutôt un abandon dans sa fiche.',
} as const;
