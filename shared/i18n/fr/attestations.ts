import type { BtsOutcome } from '../../domain/marks/bts-decision';
import { formatDateShort, formatHours } from '../../format/fr';

type RecordedOutcome = 'admitted' | 'refused' | 'not_issued' | 'absent';

/**
 * Who a batch of documents issued to learners is for (attestations, certificates): a cohort,
 * one of its groups, some of their learners; and what must be known before one is issued.
 */
export interface ScopeNames {
  cohort: string;
  group: string | null;
}

/** "du groupe G1 (promotion NDRC 2025-2027)", "de la promotion NDRC 2025-2027". */
const ofScope = (s: ScopeNames) =>
  s.group ? `du groupe ${s.group} (promotion ${s.cohort})` : `de la promotion ${s.cohort}`;

export const learnerBatchFr = {
  cohortNotFound: 'Cette promotion n’existe pas (ou plus).',
  groupNotFound: 'Ce groupe n’existe pas (ou plus).',
  groupOtherCohort: (group: string, cohort: string) =>
    `Le groupe ${group} n’appartient pas à la promotion ${cohort} : choisissez un groupe de cette promotion.`,
  learnerNotFound: (id: number) => `L’apprenant n° ${id} n’existe pas (ou plus).`,
  learnerOutside: (name: string, scope: ScopeNames) =>
    `${name} ne fait pas partie ${ofScope(scope)} : retirez-le de la sélection.`,
  noLearners: (scope: ScopeNames) => `Aucun apprenant ${ofScope(scope)} : il n’y a rien à éditer.`,
  /** The batch's title and file name: "NDRC 2025-2027 — G1". */
  scopeTitle: (scope: ScopeNames) => (scope.group ? `${scope.cohort} — ${scope.group}` : scope.cohort),
  ofScope,
  centreIncomplete: (fields: readonly string[]) =>
    `L’identité du centre est incomplète : renseignez ${fields.join(', ')} dans Paramètres › Identité du centre avant d’éditer ce document.`,
};

/** The attestation de fin de formation (Code du travail, L6353-1): printed texts and refusals. */
export const attestationsFr = {
  title: 'Attestation de fin de formation',
  legalBasis: 'Article L6353-1 du Code du travail',
  continued: (learner: string) => `Attestation de fin de formation — ${learner} (suite)`,
  batchTitle: (scope: string) => `Attestations de fin de formation — ${scope}`,
  batchFile: 'Attestations',
  learnerFile: 'attestation',
  intro: (centre: string) =>
    `${centre} atteste que la personne désignée ci-dessous a suivi l’action de formation suivante.`,

  sections: {
    learner: 'Bénéficiaire',
    action: 'Action de formation',
    objectives: 'Objectifs de la formation',
    results: 'Résultats de l’évaluation des acquis de la formation',
  },
  labels: {
    name: 'Nom et prénom',
    birthDate: 'Date de naissance',
    title: 'Intitulé',
    certification: 'Certification visée',
    nature: 'Nature de l’action',
    dates: 'Dates',
    duration: 'Durée',
  },
  natures: {
    training: 'Action de formation',
    skillsAssessment: 'Bilan de compétences',
    vae: 'Validation des acquis de l’expérience',
    apprenticeship: 'Action de formation par apprentissage',
  },
  certification: (diplomaCode: string | null, rncpCode: string | null) =>
    [diplomaCode ? `code diplôme ${diplomaCode}` : null, rncpCode ? `RNCP ${rncpCode}` : null]
      .filter((part) => part !== null)
      .join(' · '),
  dates: (from: string, to: string) => `du ${formatDateShort(from)} au ${formatDateShort(to)}`,
  duration: (programme: number, realised: number) =>
    `${formatHours(programme)} prévues au programme · ${formatHours(realised)} réalisées (émargement)`,
  noObjectives: 'Les objectifs ne sont pas renseignés dans le programme.',

  // ---------------------------------------------------------------- results of the evaluation
  decisionRecorded: 'Décision du jury',
  decisionProvisional: 'Décision prévisionnelle (simulateur d’examen, sous réserve de la décision du jury)',
  recorded: {
    admitted: 'Admis(e)',
    refused: 'Non admis(e)',
    not_issued: 'Diplôme non délivré',
    absent: 'Absent(e) à la session',
  } satisfies Record<RecordedOutcome, string>,
  simulated: {
    admitted: 'Admis(e)',
    resits: 'Admissible à l’oral de contrôle',
    refused: 'Non admis(e)',
    not_issued: 'Diplôme non délivrable (absence à une épreuve obligatoire)',
    incomplete: 'Toutes les épreuves ne sont pas encore notées',
  } satisfies Record<BtsOutcome, string>,
  recordedLine: (outcome: string, sessionYear: number, average: string | null) =>
    `${outcome} — session ${sessionYear}${average === null ? '' : `, moyenne ${average} / 20`}`,
  provisionalLine: (outcome: string, average: string | null) =>
    `${outcome}${average === null ? '' : ` — moyenne prévisionnelle ${average} / 20`}`,
  noDecision: 'Aucun résultat d’examen n’est encore connu.',

  acquired: 'Unités et blocs de compétences acquis',
  unit: (code: string, title: string) => `${code} — ${title}`,
  bloc: (number: number, title: string, units: readonly string[]) =>
    `Bloc de compétences ${number}${units.length > 0 ? ` (${units.join(', ')})` : ''} — ${title}`,
  provisional: ' (prévisionnel)',
  noneAcquired: 'Aucune unité acquise à ce jour.',

  average: 'Moyenne générale sur la formation',
  averageValue: (average: string) => `${average} / 20`,
  averagePending: ' (provisoire : des notes sont en attente)',
  noAverage: 'Aucune note enregistrée.',
};
