import { formatNumber } from '../../format/fr';
import { atFr } from './attendance';

const count = (n: number) => formatNumber(n, 0);

/** Appreciations and the phrase bank (issue 5 §5): refusals and screens. */
export const appreciationsFr = {
  // ---------------------------------------------------------------- refusals
  tooLong: (length: number, max: number) =>
    `L’appréciation compte ${count(length)} caractères : ${count(max)} au plus. ` +
    `Raccourcissez-la de ${count(length - max)} caractère${length - max > 1 ? 's' : ''}.`,
  phraseTooLong: (length: number, max: number) =>
    `La phrase compte ${count(length)} caractères, plus qu’une appréciation entière (${count(max)} au plus).`,
  generalManagersOnly:
    'L’appréciation générale est rédigée par l’équipe pédagogique (responsables) : vous pouvez la lire, pas la modifier.',
  notTeachingSubject: (subject: string, group: string) =>
    `Vous n’enseignez pas ${subject} au groupe ${group} : seule son formatrice ou son formateur, ou un responsable, en rédige les appréciations.`,
  notTeachingLearner: (learner: string) =>
    `Vous n’enseignez aucune matière à ${learner} : ses appréciations ne vous sont pas accessibles.`,
  readOnlyAdviser: 'Les conseillers consultent les appréciations sans les modifier.',
  subjectNotInProgramme: (subject: string, cohort: string) =>
    `La matière « ${subject} » ne fait pas partie du programme de la promotion ${cohort}.`,
  subjectNotFound: 'Cette matière n’existe plus. Rechargez la page.',
  learnerNotInPeriod: (learner: string, period: string) =>
    `${learner} n’était dans aucun groupe de la promotion pendant la période « ${period} ».`,
  learnerNotInGroup: (learner: string, group: string) =>
    `${learner} n’était pas dans le groupe ${group} pendant cette période.`,
  phraseExists: 'Cette phrase est déjà dans vos phrases.',
  phraseNotFound: 'Cette phrase n’est pas (ou plus) dans vos phrases.',

  // ---------------------------------------------------------------- the view
  tabLabel: 'Appréciations',
  subject: 'Matière',
  period: 'Période',
  general: 'Appréciation générale',
  learner: 'Apprenant',
  average: 'Moyenne',
  appreciationOf: (learner: string) => `Appréciation de ${learner}`,
  counter: (length: number, max: number) => `${count(length)} / ${count(max)}`,
  overLimit: (length: number, max: number) =>
    `${count(length - max)} caractère${length - max > 1 ? 's' : ''} de trop`,
  saving: 'Enregistrement…',
  saved: 'Enregistré',
  saveError: 'Non enregistré',
  retry: 'Réessayer',
  conflictShort: 'Non enregistré : modifiée par quelqu’un d’autre entre-temps',
  currentVersion: (by: string | null, at: string | null) =>
    `Version actuelle${by ? `, de ${by}` : ''}${at ? ` ${atFr(at)}` : ''} :`,
  keepMine: 'Garder mon texte',
  keepMineOf: (learner: string) => `Garder mon texte pour l’appréciation de ${learner}`,
  takeTheirs: 'Reprendre la version actuelle',
  takeTheirsOf: (learner: string) => `Reprendre la version actuelle de l’appréciation de ${learner}`,
  lastChange: (name: string, at: string) => `Modifiée par ${name} ${atFr(at)}`,
  closedBanner: (period: string, byName: string, at: string) =>
    `Période « ${period} » clôturée par ${byName} ${atFr(at)} : lecture seule.`,
  noLearner: 'Aucun apprenant dans ce groupe pendant la période.',
  listLabel: (subject: string) => `Appréciations — ${subject}`,
  loading: 'Chargement des appréciations…',
  historyButton: (learner: string) => `Historique des appréciations de ${learner}`,
  phrasesButton: (learner: string) => `Mes phrases pour ${learner}`,
  addPhraseIntro: 'La phrase sera proposée dans le menu « Mes phrases » de chaque appréciation.',

  // ---------------------------------------------------------------- phrase bank
  phrases: 'Mes phrases',
  phrasesOf: (learner: string) => `Insérer une phrase dans l’appréciation de ${learner}`,
  noPhrase: 'Aucune phrase enregistrée. Sélectionnez un texte puis « Ajouter à mes phrases ».',
  addToPhrases: 'Ajouter à mes phrases',
  addPhraseTitle: 'Ajouter à mes phrases',
  phraseText: 'Phrase',
  phraseAdded: 'Phrase ajoutée à vos phrases.',
  deletePhrase: (text: string) => `Supprimer la phrase « ${text} »`,
  confirmDeletePhrase: (text: string) => `Supprimer « ${text} » de vos phrases ?`,
  delete: 'Supprimer',

  // ---------------------------------------------------------------- history
  history: 'Historique',
  historyOf: (learner: string) => `Historique des appréciations de ${learner}`,
  historyEmpty: 'Aucune modification enregistrée pour cette période.',
  historyWhen: 'Date',
  historyWho: 'Par',
  historyWhat: 'Appréciation',
  historyOld: 'Avant',
  historyNew: 'Après',
  historySource: (source: 'screen' | 'import') => (source === 'screen' ? 'écran' : 'import'),
  emptyText: '(vide)',
} as const;
