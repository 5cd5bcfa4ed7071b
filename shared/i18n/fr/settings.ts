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

  // The slots of a day.
  slots: 'Créneaux de la journée',
  slotsIntro:
    'Horaires des demi-journées et du créneau du soir (masterclasses). Les heures en centre du rythme d’alternance comptent le matin et l’après-midi.',
  slotStart: (slot: string) => `${slot} : début`,
  slotEnd: (slot: string) => `${slot} : fin`,
  slotDuration: (duration: string) => `Durée : ${duration}`,

  // School holidays.
  schoolHolidays: 'Vacances scolaires',
  schoolHolidaysHelp:
    'Téléchargez le calendrier scolaire officiel de votre zone (fichier .ics) puis importez-le : Carnet fonctionne hors ligne.',
  zone: 'Zone',
  zoneName: (zone: string) => `Zone ${zone}`,
  chooseIcs: 'Importer un fichier .ics',
  icsFile: 'Fichier du calendrier scolaire (.ics)',
  imported: (zone: string, imported: number, replaced: number, from: string, to: string) =>
    `Zone ${zone} : ${imported} période${imported > 1 ? 's' : ''} importée${imported > 1 ? 's' : ''} ` +
    `(du ${from} au ${to})` +
    (replaced > 0
      ? `, ${replaced} période${replaced > 1 ? 's' : ''} remplacée${replaced > 1 ? 's' : ''}.`
      : '.'),
  periodsOfZone: (zone: string) => `Périodes importées — zone ${zone}`,
  periodName: 'Période',
  periodStart: 'Fin des cours',
  periodEnd: 'Reprise des cours',
  periodSource: 'Fichier',
  noPeriods: (zone: string) => `Aucune période importée pour la zone ${zone}.`,
} as const;
