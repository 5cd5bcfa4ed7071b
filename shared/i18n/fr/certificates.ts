import type { ActionNature } from '../../domain/documents/action-nature';
import { formatDateShort, formatHours, formatNumber } from '../../format/fr';
import { monthLabelFr } from './absences';
import { learnerBatchFr, type ScopeNames } from './attestations';

type Slot = 'morning' | 'afternoon' | 'evening';

/**
 * The certificat de réalisation, worded as the Ministère du Travail's model: the provider's
 * legal representative certifies that the learner followed the action, of which nature, between
 * which dates and for how many hours; for distance training, the activities and their estimated
 * time. Printed texts and refusals.
 */
export const certificatesFr = {
  title: 'Certificat de réalisation',
  continued: (learner: string) => `Certificat de réalisation — ${learner} (suite)`,
  batchTitle: (scope: string) => `Certificats de réalisation — ${scope}`,
  batchFile: 'Certificats',
  learnerFile: 'certificat',
  /** "mars 2026" for a whole month, else "du 03/03/2026 au 17/03/2026". */
  period: (from: string, to: string, month: string | null) =>
    month ? monthLabelFr(month) : `du ${formatDateShort(from)} au ${formatDateShort(to)}`,

  undersigned: 'Je soussigné(e)',
  representative:
    ', représentant légal du dispensateur de l’action concourant au développement des compétences',
  certifies: 'atteste que :',
  employee: 'salarié(e) de l’entreprise',
  noEmployer: 'non renseignée',
  followed: 'a suivi l’action',
  natureHeading: 'Nature de l’action concourant au développement des compétences :',
  natures: {
    training: 'action de formation',
    skillsAssessment: 'bilan de compétences',
    vae: 'action de VAE',
    apprenticeship: 'action de formation par apprentissage',
  } satisfies Record<ActionNature, string>,
  ticked: '☒',
  unticked: '☐',
  held: 'qui s’est déroulée du',
  and: 'au',
  lasting: 'pour une durée de',
  /** "52,5 heures (52 h 30)": the model asks for hours, the minutes say them exactly. */
  hours: (hours: number) => {
    const decimal = `${formatNumber(hours, 2)} heures`;
    return Number.isInteger(hours) ? decimal : `${decimal} (${formatHours(hours)})`;
  },
  distanceMark: ' (1)',

  distanceHeading: 'Pour les formations à distance : activités réalisées et temps estimé',
  distanceColumns: { date: 'Date', activity: 'Activité', time: 'Temps estimé' },
  distanceDate: (date: string, slot: Slot) =>
    `${formatDateShort(date)} ${slot === 'morning' ? 'matin' : slot === 'afternoon' ? 'après-midi' : 'soir'}`,
  distanceActivity: (subject: string, note: string | null) => (note ? `${subject} — ${note}` : subject),
  distanceTotal: (hours: number) => `Total à distance : ${formatHours(hours)}`,
  distanceNote:
    '(1) Pour les formations à distance, la durée tient compte des activités pédagogiques réalisées et du temps estimé pour les réaliser.',

  retention:
    'Sans préjudice des délais imposés par les règles fixées par l’organisme financeur de l’action, je m’engage à conserver l’ensemble des pièces justificatives qui ont permis d’établir le présent certificat pendant une durée de 3 ans à compter de la fin de l’année du dernier paiement. En cas de cofinancement des fonds européens, la durée de conservation est étendue conformément aux obligations conventionnelles spécifiques.',
  stamp: 'Cachet et signature du responsable du dispensateur de l’action',

  // ---------------------------------------------------------------- refusals
  periodInverted: (from: string, to: string) =>
    `La période se termine le ${formatDateShort(to)}, avant de commencer le ${formatDateShort(from)} : corrigez la date de fin.`,
  outsideTraining: (name: string, from: string, to: string) =>
    `${name} n’était pas en formation entre le ${formatDateShort(from)} et le ${formatDateShort(to)} : retirez-le de la sélection ou changez la période.`,
  nobodyInPeriod: (scope: ScopeNames, from: string, to: string) =>
    `Aucun apprenant ${learnerBatchFr.ofScope(scope)} n’était en formation entre le ${formatDateShort(from)} et le ${formatDateShort(to)} : changez la période.`,
};
