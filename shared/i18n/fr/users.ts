import type { Role } from '../../api/roles';

export const roleLabelsFr: Record<Role, string> = {
  admin: 'Administrateur',
  manager: 'Responsable pédagogique',
  trainer: 'Formateur',
  adviser: 'Conseiller en réussite professionnelle',
};

export const usersFr = {
  title: 'Utilisateurs',
  intro: 'Comptes de l’équipe : chacun se connecte avec son identifiant et voit ce que son rôle permet.',
  create: 'Nouvel utilisateur',
  createTitle: 'Créer un utilisateur',
  editTitle: 'Modifier l’utilisateur',
  role: 'Rôle',
  status: 'État',
  active: 'Actif',
  disabled: 'Désactivé',
  lastLogin: 'Dernière connexion',
  never: 'jamais',
  actions: 'Actions',
  edit: 'Modifier',
  disable: 'Désactiver',
  enable: 'Réactiver',
  resetPassword: 'Réinitialiser le mot de passe',
  resetTitle: (name: string) => `Réinitialiser le mot de passe de ${name}`,
  resetIntro:
    'Le nouveau mot de passe est provisoire : l’utilisateur devra en choisir un autre à sa prochaine connexion.',
  confirmDisable: (name: string) =>
    `Désactiver le compte de ${name} ? Ses sessions ouvertes sont fermées ; son historique est conservé.`,
  created: (name: string) => `Compte de ${name} créé.`,
  updated: (name: string) => `Compte de ${name} modifié.`,
  disabledDone: (name: string) => `Compte de ${name} désactivé.`,
  enabledDone: (name: string) => `Compte de ${name} réactivé.`,
  resetDone: (name: string) => `Mot de passe de ${name} réinitialisé.`,
  loginTaken: (login: string) => `L’identifiant « ${login} » est déjà utilisé. Choisissez-en un autre.`,
  notFound: 'Cet utilisateur n’existe pas (ou plus).',
  cannotDisableSelf: 'Vous ne pouvez pas désactiver votre propre compte.',
  lastAdmin:
    'Carnet doit garder au moins un administrateur actif : créez ou réactivez un autre administrateur d’abord.',
  cannotDemoteSelf: 'Vous ne pouvez pas retirer votre propre rôle d’administrateur.',
  you: 'vous',
} as const;
