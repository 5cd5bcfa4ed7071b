import type { BackupKind } from '../../api/backups';

/** Backups and restore: the Paramètres section and the backend's refusals. */
export const backupsFr = {
  title: 'Sauvegardes',
  intro:
    'Carnet copie la base au démarrage, chaque jour pendant qu’il tourne, avant chaque import et avant chaque mise à jour. ' +
    'Les copies automatiques sont triées : on garde la plus récente de chacun des derniers jours et de chacune des dernières semaines. ' +
    'Les copies manuelles et celles faites avant une mise à jour ou une restauration ne sont jamais effacées par Carnet.',
  folder: 'Dossier des sauvegardes',
  folderHelp: (fallback: string) =>
    `Chemin complet d’un dossier existant où Carnet peut écrire (un partage réseau convient). Vide : ${fallback}`,
  defaultFolder: 'le dossier « sauvegardes » des données',
  keepDaily: 'Jours gardés',
  keepDailyHelp: 'La copie la plus récente de chacun des derniers jours (7 par défaut).',
  keepWeekly: 'Semaines gardées',
  keepWeeklyHelp: 'Au-delà, la plus récente de chaque semaine (4 par défaut).',
  saveSettings: 'Enregistrer les réglages',
  settingsSaved: 'Réglages des sauvegardes enregistrés.',
  backupNow: 'Sauvegarder maintenant',
  created: (file: string) => `Sauvegarde écrite : ${file}.`,
  restore: 'Restaurer',
  restoreNamed: (file: string) => `Restaurer ${file}`,
  restoreFromFile: 'Restaurer depuis un fichier…',
  restoreFile: 'Fichier de sauvegarde à restaurer (.sqlite)',
  confirmRestore: (what: string) =>
    `Remplacer la base actuelle par « ${what} » ? Tout ce qui a été saisi depuis cette sauvegarde sera retiré ` +
    '(la base actuelle est d’abord copiée, vous pourrez la restaurer à son tour). Tout le monde devra se reconnecter.',
  confirmRestoreButton: 'Restaurer cette sauvegarde',
  restoring: 'Restauration en cours…',
  restored: (from: string, preRestore: string) =>
    `La base a été restaurée depuis « ${from} ». La base remplacée est gardée dans « ${preRestore} ». ` +
    'Reconnectez-vous pour continuer.',
  migratedNote: (from: number, to: number) =>
    ` La sauvegarde, d’une version antérieure (schéma ${from}), a été mise à jour au schéma ${to}.`,
  reconnect: 'Se reconnecter',
  uploadTooLarge: (size: string) =>
    `Ce fichier fait ${size} : au-delà de 5 Mo, placez-le dans le dossier des sauvegardes et choisissez-le dans la liste.`,
  keepInvalid: (min: number, max: number) => `Un nombre entier de ${min} à ${max}.`,
  journalTitle: 'Journal',
  journalIntro:
    'Qui a fait quoi et quand : connexions, comptes, saisies, imports, sauvegardes et restaurations.',
  openJournal: 'Ouvrir le journal',
  listLabel: 'Sauvegardes disponibles',
  noBackups: 'Aucune sauvegarde dans ce dossier pour l’instant.',
  inFolder: (folder: string) => `Dossier : ${folder}`,
  lastFailure: (at: string, message: string) =>
    `La dernière sauvegarde automatique a échoué (${at}) : ${message}`,
  columns: { date: 'Date', kind: 'Type', size: 'Taille', file: 'Fichier', actions: 'Actions' },
  kinds: {
    start: 'Démarrage',
    daily: 'Quotidienne',
    manual: 'Manuelle',
    'pre-migration': 'Avant mise à jour',
    'pre-import': 'Avant import',
    'pre-restore': 'Avant restauration',
  } satisfies Record<BackupKind, string>,
  size: (bytes: number) =>
    bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} Ko`
      : `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} Mo`,

  // Refusals, from the backend. None of them changes the live database.
  folderMissing: (folder: string) =>
    `Le dossier « ${folder} » n’existe pas (ou n’est pas accessible). Créez-le ou choisissez-en un autre.`,
  folderNotAbsolute:
    'Indiquez le chemin complet du dossier (par exemple C:\\Sauvegardes\\Carnet ou /srv/carnet).',
  folderNotWritable: (folder: string, reason: string) =>
    `Carnet ne peut pas écrire dans le dossier « ${folder} » (${reason}). Vérifiez les droits, ou choisissez un autre dossier.`,
  noDatabaseFile:
    'Cette instance de Carnet n’a pas de fichier de base : les sauvegardes ne sont pas disponibles.',
  backupFailed: (folder: string, reason: string) =>
    `La sauvegarde n’a pas pu être écrite dans « ${folder} » (${reason}). Vérifiez que le dossier est accessible.`,
  importBackupFailed: (reason: string) =>
    `L’import n’a pas été fait : la copie de sauvegarde qui le précède a échoué. ${reason}`,
  unknownFile: (file: string) =>
    `« ${file} » n’est pas une sauvegarde de la liste. Choisissez une sauvegarde affichée, ou envoyez le fichier.`,
  fileNameInvalid: 'Nom de sauvegarde inconnu : choisissez une sauvegarde de la liste.',
  notSqlite: (name: string) =>
    `« ${name} » n’est pas une base SQLite (ni une sauvegarde de Carnet). La base actuelle n’a pas été modifiée.`,
  corrupt: (name: string, detail: string) =>
    `« ${name} » est endommagé (contrôle d’intégrité : ${detail}). La base actuelle n’a pas été modifiée.`,
  foreign: (name: string) =>
    `« ${name} » est une base SQLite, mais pas une base de Carnet. La base actuelle n’a pas été modifiée.`,
  tooNew: (name: string, found: number, supported: number) =>
    `« ${name} » vient d’une version plus récente de Carnet (schéma ${found} ; cette version connaît le schéma ${supported}). ` +
    'Installez la dernière version de Carnet avant de la restaurer. La base actuelle n’a pas été modifiée.',
  restoreBusy: 'Une restauration est déjà en cours. Attendez qu’elle se termine.',
  preRestoreFailed: (reason: string) =>
    `La restauration n’a pas été faite : la copie de la base actuelle a échoué (${reason}). La base actuelle n’a pas été modifiée.`,
  replaceFailed: (reason: string) =>
    `La restauration n’a pas pu remplacer le fichier de la base (${reason}) : la base actuelle est restée en place.`,
  reopenFailed: (reason: string, preRestore: string) =>
    `La sauvegarde choisie n’a pas pu être ouverte (${reason}) : la base précédente a été remise en place depuis « ${preRestore} ».`,
} as const;
