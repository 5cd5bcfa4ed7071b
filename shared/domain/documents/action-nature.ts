import type { AccessRoute } from '../../api/learners';

/**
 * The nature of the action as the certificat de réalisation lists it (Ministère du Travail
 * model) and the attestation de fin de formation states it, from the learner's access route
 * (domain-rules.md, Documents). Carnet trains for a BTS: no route leads to a bilan de
 * compétences, which the certificate still lists, unticked, as the model does.
 */
export const ACTION_NATURES = ['training', 'skillsAssessment', 'vae', 'apprenticeship'] as const;
export type ActionNature = (typeof ACTION_NATURES)[number];

const BY_ROUTE: Record<AccessRoute, ActionNature> = {
  apprenticeship: 'apprenticeship',
  vae: 'vae',
  // Professionalisation contracts, initial alternating training and every "formule pro"
  // funding (CPF, skills plan, Pro-A…) are actions de formation.
  professionalisation: 'training',
  initial_alternating: 'training',
  pro_formula: 'training',
};

export function actionNature(route: AccessRoute): ActionNature {
  return BY_ROUTE[route];
}
