import type { CONTRACT_TYPES, SLOTS } from '../../api/trainers';

type ContractType = (typeof CONTRACT_TYPES)[number];
type Slot = (typeof SLOTS)[number];

export const contractTypeLabelsFr: Record<ContractType, string> = {
  employee: 'salarié',
  temporary: 'vacataire',
  freelance: 'indépendant',
};

/** Monday is 1, as in the contract (ISO weekday); the centre works Monday to Saturday. */
export const weekdayLabelsFr: Record<number, string> = {
  1: 'Lundi',
  2: 'Mardi',
  3: 'Mercredi',
  4: 'Jeudi',
  5: 'Vendredi',
  6: 'Samedi',
};
export const weekdayShortFr: Record<number, string> = {
  1: 'lun',
  2: 'mar',
  3: 'mer',
  4: 'jeu',
  5: 'ven',
  6: 'sam',
};

export const slotLabelsFr: Record<Slot, string> = {
  morning: 'Matin',
  afternoon: 'Après-midi',
  evening: 'Soir',
};
export const slotHoursFr: Record<Slot, string> = {
  morning: '8:15–12:00',
  afternoon: '13:00–16:45',
  evening: '17:00–19:00',
};

/** Screens and refusals of the trainers area. */
export const trainersFr = {
  title: 'Formateurs',
  intro: 'Formateurs, matières enseignées et disponibilités de la semaine type.',
  create: 'Nouveau formateur',
  createTitle: 'Nouveau formateur',
  editTitle: (name: string) => `Modifier ${name}`,
  import: 'Importer des formateurs',
  listLabel: 'Liste des formateurs',
  surname: 'Nom',
  firstName: 'Prénom',
  email: 'E-mail',
  phone: 'Téléphone',
  contractType: 'Contrat',
  account: 'Compte lié',
  accountHelp: 'Le compte (rôle formateur) avec lequel il se connecte à Carnet.',
  noAccount: 'aucun',
  accountLinkedTo: (trainer: string) => `déjà lié à ${trainer}`,
  subjects: 'Matières enseignées',
  subjectsNone: 'Aucune matière',
  noSubjectChoices: 'Aucune matière : créez d’abord un programme et ses matières.',
  availability: 'Disponibilités',
  availabilityIntro: 'Demi-journées où le formateur peut intervenir, chaque semaine.',
  availabilityNone: 'aucune',
  halfDays: (n: number) => `${n} demi-journée${n > 1 ? 's' : ''}`,
  checkRow: (slot: string) => `Tout cocher : ${slot}`,
  checkAll: 'tout cocher',
  slotOfDay: (slot: string, day: string) => `${slot} du ${day.toLowerCase()}`,
  notes: 'Notes',
  identity: 'Identité',
  contact: 'Coordonnées',
  actions: 'Actions',
  edit: 'Modifier',
  delete: 'Supprimer',
  confirmDelete: (name: string, hasAccount: boolean) =>
    `Supprimer le formateur ${name} ? Ses matières et disponibilités sont supprimées avec lui` +
    (hasAccount ? ' ; son compte de connexion est conservé.' : '.'),
  created: (name: string) => `Formateur ${name} créé.`,
  updated: (name: string) => `Formateur ${name} modifié.`,
  deleted: (name: string) => `Formateur ${name} supprimé.`,
  imported: 'Import terminé : la liste est à jour.',

  // Refusals of the backend.
  notFound: 'Ce formateur n’existe pas (ou plus).',
  unknownSubjects: (ids: number[]) =>
    ids.length > 1
      ? `Les matières n° ${ids.join(', ')} n’existent pas (ou plus). Rechargez la liste des matières.`
      : `La matière n° ${ids[0]} n’existe pas (ou plus). Rechargez la liste des matières.`,
  duplicateAvailability: (slot: string, day: string) =>
    `La demi-journée « ${slot} du ${day.toLowerCase()} » est indiquée deux fois.`,
  accountNotFound: 'Ce compte n’existe pas (ou plus).',
  accountDisabled: (login: string) =>
    `Le compte « ${login} » est désactivé : réactivez-le ou choisissez-en un autre.`,
  accountNotTrainer: (login: string) =>
    `Le compte « ${login} » n’a pas le rôle Formateur : seul un compte formateur peut être lié à un formateur.`,
  accountTaken: (login: string, trainer: string) =>
    `Le compte « ${login} » est déjà lié au formateur ${trainer}. Retirez-le d’abord de sa fiche.`,
  inUse: (name: string, uses: string) =>
    `Le formateur ${name} ne peut pas être supprimé : il est encore cité (${uses}). Retirez-le d’abord de ces enregistrements.`,
} as const;
