export const settingsFr = {
  title: 'Paramètres',
  account: 'Mon compte',
  security: 'Sécurité',
  sessionTimeout: 'Déconnexion après inactivité (heures)',
  sessionTimeoutHelp: 'Entre 1 et 72 heures ; 8 heures par défaut.',
  save: 'Enregistrer',
  timeFormat: 'Heure attendue au format HH:MM (ex. 08:15).',
  saved: 'Paramètres enregistrés.',
  dataFolder: 'Dossier de données',
  version: 'Version de Carnet',
  schemaVersion: 'Version du schéma de la base',
} as const;
