import { formatDateLong, formatDateShort, formatDateTime, formatHours } from '../../format/fr';

type Slot = 'morning' | 'afternoon' | 'evening';
type Mark = 'present' | 'absent' | 'late' | 'excused';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
const slotWord: Record<Slot, string> = { morning: 'matin', afternoon: 'après-midi', evening: 'soir' };
const times = (start: string, end: string) => `${start.replace(':', 'h')}–${end.replace(':', 'h')}`;

/** One word, one source: the attendance vocabulary is the backend's catalogue's (documents use it too). */
export { excuseReasonLabelsFr, justificationLabelsFr } from './attendance';
export { absenceKindLabelsFr, monthLabelFr } from './absences';

/** Texts of the Émargement screens: the day's sessions, the sheet, the pending sheets, the statistics. */
export const attendanceScreenFr = {
  title: 'Émargement',
  intro: 'Appel par demi-journée, signatures à l’écran ou sur papier, absences et statistiques.',
  tabsLabel: 'Vues de l’émargement',
  tabs: { day: 'Séances du jour', pending: 'Feuilles en attente', stats: 'Statistiques' },

  // The day's sessions
  previousDay: 'Jour précédent',
  nextDay: 'Jour suivant',
  today: 'Aujourd’hui',
  dateField: 'Date',
  dayTitle: (date: string) => capitalize(formatDateLong(date)),
  trainerFilter: 'Formateur',
  allTrainers: 'Tous les formateurs',
  sessionsLabel: (date: string) => `Séances du ${formatDateLong(date)}`,
  noSessions: 'Aucune séance ce jour-là.',
  noPending: 'Aucune feuille en attente : toutes les séances passées sont clôturées.',
  pendingLabel: 'Feuilles non clôturées 24 h après la séance',
  pendingIntro:
    'Les feuilles qui ne sont pas clôturées 24 h après la fin de leur séance. Ouvrez-les pour compléter l’appel et les signer.',
  current: 'Séance en cours',
  takeRoll: 'Faire l’appel',
  openSheet: 'Ouvrir la feuille',
  openSheetOf: (subject: string, group: string, start: string) =>
    `Ouvrir la feuille : ${subject}, ${group}, ${start.replace(':', 'h')}`,
  colDate: 'Date',
  colTimes: 'Horaire',
  colGroup: 'Groupe',
  colSubject: 'Matière',
  colTrainer: 'Formateur',
  colRoom: 'Salle',
  colStatus: 'État',
  colRecorded: 'Pointés',
  colAbsent: 'Absents',
  colAction: 'Feuille',
  slotTimes: (slot: Slot, start: string, end: string) => `${capitalize(slotWord[slot])} ${times(start, end)}`,
  groupOf: (cohort: string, group: string) => `${cohort} — ${group}`,
  recordedOf: (recorded: number, learners: number) => `${recorded} / ${learners}`,
  status: { open: 'Ouverte', closed: 'Clôturée', paper: 'Signée sur papier' },
  none: '—',

  // The sheet
  back: 'Retour aux séances',
  sheetTitle: (subject: string, date: string, slot: Slot) =>
    `${subject} — ${formatDateLong(date)} ${slotWord[slot]}`,
  facts: {
    action: 'Action de formation',
    group: 'Groupe',
    subject: 'Matière',
    date: 'Date',
    times: 'Horaire',
    room: 'Salle',
    trainer: 'Formateur',
    modality: 'Modalité',
  },
  modalities: { onsite: 'Présentiel', distance: 'FOAD (à distance)', work: 'FEST (situation de travail)' },
  dateOf: (date: string) => capitalize(formatDateLong(date)),
  timesOf: (start: string, end: string, hours: number) => `${times(start, end)} (${formatHours(hours)})`,
  counts: (recorded: number, learners: number, absent: number) =>
    `${recorded} / ${plural(learners, 'apprenant')} pointés, ${plural(absent, 'absent')}`,
  allPresent: 'Tous présents',
  allPresentHelp: 'Marque présents les apprenants pas encore pointés ; corrigez ensuite les exceptions.',
  learnersLabel: 'Apprenants de la séance',
  noLearners: 'Aucun apprenant n’est inscrit dans ce groupe à cette date.',
  presenceOf: (name: string) => `Présence de ${name}`,
  marks: { present: 'Présent', absent: 'Absent', late: 'Retard', excused: 'Excusé' } as Record<Mark, string>,
  lateMinutes: 'Minutes de retard',
  leftEarly: 'Parti en avance',
  leftEarlyMinutes: 'Minutes avant la fin',
  minutesInvalid: 'Entre 1 et 240 minutes.',
  minutesHelp: 'Entrée pour enregistrer',
  reason: 'Motif',
  reasonRequired: 'Choisissez le motif pour enregistrer l’excuse.',
  otherNeedsNote: 'Précisez le motif dans ce champ : l’excuse est enregistrée en le quittant.',
  note: 'Précision',
  saving: 'Enregistrement…',
  saved: 'Enregistré',
  notRecorded: 'Pas encore pointé',
  recordedBy: (by: string, at: string) => `Pointé par ${by} le ${formatDateTime(at)}`,
  sign: 'Signer',
  signAgain: 'Refaire',
  signOf: (name: string) => `Faire signer ${name}`,
  signatureOf: (name: string) => `Signature de ${name}`,
  signedAt: (at: string) => `Signé le ${formatDateTime(at)}`,
  notSigned: 'Non signé',
  learnerSignIntro: 'L’apprenant signe dans le cadre, au doigt, au stylet ou à la souris.',
  learnerSigned: (name: string) => `Signature de ${name} enregistrée.`,

  // Closing, paper, reopening
  closeScreen: 'Signer et clôturer',
  printSheet: 'Imprimer la feuille',
  closePaper: 'Clôturer (feuille papier)',
  reopen: 'Rouvrir',
  attachScan: 'Joindre le scan',
  viewScan: 'Voir le scan',
  scanOf: (name: string) => `Scan joint : ${name}`,
  unsignedHint: (n: number) =>
    `${plural(n, 'apprenant présent n’a', 'apprenants présents n’ont')} pas encore signé.`,
  unrecordedHint: (n: number) =>
    `${plural(n, 'apprenant n’est', 'apprenants ne sont')} pas encore pointé(s).`,
  trainerSignTitle: 'Signature du formateur',
  trainerSignIntro: (name: string) =>
    `${name} signe la feuille pour attester de sa présence ; la feuille est alors clôturée et ne peut plus être modifiée.`,
  paperTitle: 'Clôturer la feuille papier',
  paperIntro:
    'Vérifiez que les présences pointées correspondent à la feuille signée sur papier. Joignez son scan si vous l’avez (PDF ou image) : vous pourrez aussi le joindre plus tard.',
  scanFile: 'Scan de la feuille (PDF ou image)',
  chooseScan: 'Choisir le scan',
  noScanChosen: 'Aucun fichier choisi',
  closeSubmit: 'Clôturer',
  closedScreen: (at: string, by: string) => `Clôturée le ${formatDateTime(at)} par ${by}.`,
  closedPaper: (at: string, by: string) => `Signée sur papier, clôturée le ${formatDateTime(at)} par ${by}.`,
  trainerSignature: 'Signature du formateur',
  closedDone: 'Feuille clôturée.',
  reopenTitle: 'Rouvrir la feuille',
  reopenIntro: 'La feuille redevient modifiable. Le motif est conservé et affiché sur la feuille.',
  reopenReason: 'Motif de la réouverture',
  reopenReasonHelp: 'Au moins 5 caractères.',
  reopened: 'Feuille rouverte.',
  scanAttached: 'Scan joint à la feuille.',
  reopenings: 'Réouvertures',
  reopening: (at: string, by: string, reason: string) => `${formatDateTime(at)}, ${by} : ${reason}`,

  // Signature pad
  pad: {
    clear: 'Effacer',
    validate: 'Valider',
    hint: 'Signez dans le cadre ci-dessous.',
  },

  // Statistics
  statsIntro:
    'Taux d’absence : heures non suivies (absences, retards, départs anticipés, excusés ou non) rapportées aux heures planifiées, sur la période choisie.',
  cohort: 'Promotion',
  allCohorts: 'Toutes les promotions',
  group: 'Groupe',
  allGroups: 'Tous les groupes',
  from: 'Du',
  to: 'Au',
  exportXlsx: 'Exporter (XLSX)',
  chartTitle: 'Taux d’absence par mois',
  chartLabel: 'Taux d’absence',
  byLearner: 'Par apprenant',
  byGroup: 'Par groupe',
  bySubject: 'Par matière',
  byMonth: 'Par mois',
  noStats: 'Aucune heure planifiée sur cette période.',
  colName: 'Nom',
  colMonth: 'Mois',
  colScheduled: 'Planifiées',
  colAttended: 'Suivies',
  colExcused: 'Excusées',
  colMissed: 'Non justifiées',
  colRate: 'Taux d’absence',
  hours: (h: number) => formatHours(h),
} as const;

/** Texts of the absences: the learner's section, the follow-up dialog, the employer's message. */
export const absencesScreenFr = {
  title: 'Absences',
  label: (name: string) => `Absences de ${name}`,
  empty: 'Aucune absence ni retard enregistré.',
  hoursSummary: (attended: number, scheduled: number, excused: number, missed: number) =>
    `Heures réalisées : ${formatHours(attended)} sur ${formatHours(scheduled)} planifiées · ` +
    `excusées ${formatHours(excused)} · non justifiées ${formatHours(missed)}`,
  colDate: 'Date',
  colSubject: 'Matière',
  colGroup: 'Groupe',
  colKind: 'Type',
  colHours: 'Durée',
  colStatus: 'Suivi',
  colReason: 'Motif',
  colDocument: 'Justificatif',
  colEmployer: 'Employeur prévenu',
  colActions: 'Actions',
  when: (date: string, slot: Slot) => `${formatDateShort(date)} ${slotWord[slot]}`,
  edit: 'Suivre',
  editOf: (date: string, slot: Slot) => `Suivre l’absence du ${formatDateShort(date)} ${slotWord[slot]}`,
  downloadOf: (name: string) => `Télécharger ${name}`,
  dialogTitle: (name: string, date: string, slot: Slot) =>
    `${name} — ${formatDateLong(date)} ${slotWord[slot]}`,
  justification: 'Suivi',
  reason: 'Motif',
  noReason: 'Aucun motif',
  note: 'Précision',
  document: 'Justificatif',
  chooseDocument: 'Joindre un justificatif',
  documentFile: 'Justificatif (PDF ou image)',
  currentDocument: (name: string) => `Justificatif joint : ${name}`,
  newDocument: (name: string) => `Nouveau justificatif : ${name}`,
  removeDocument: 'Retirer le justificatif',
  documentRemoved: 'Le justificatif sera retiré.',
  employerNotifiedOn: 'Employeur prévenu le',
  updated: 'Absence mise à jour.',

  notifyEmployer: 'Prévenir l’employeur',
  messageTitle: 'Message pour l’employeur',
  messageIntro:
    'Copiez ce message dans votre messagerie, ou ouvrez-le directement. Indiquez ensuite la date à laquelle l’employeur a été prévenu sur chaque absence.',
  to: 'Destinataire',
  noRecipient: 'Aucune adresse connue : renseignez celle du tuteur sur la fiche de l’apprenant.',
  subject: 'Objet',
  body: 'Message',
  copy: 'Copier le message',
  copied: 'Message copié.',
  copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le.',
  openMail: 'Ouvrir dans la messagerie',
} as const;

/** The dashboard's attendance cards and the alert thresholds in Paramètres. */
export const attendanceCardsFr = {
  heading: 'À suivre',
  pendingTitle: 'Feuilles en attente',
  pendingCount: (n: number) =>
    n === 0
      ? 'Aucune feuille en attente.'
      : `${plural(n, 'feuille non clôturée', 'feuilles non clôturées')} 24 h après la séance.`,
  pendingLink: 'Voir les feuilles en attente',
  alertsTitle: 'Alertes d’absence',
  noAlerts: 'Aucun apprenant au-delà des seuils d’absence.',
  todayTitle: 'Mes séances du jour',
  noToday: 'Aucune séance aujourd’hui.',
  todayLine: (slot: Slot, start: string, end: string, subject: string, group: string) =>
    `${capitalize(slotWord[slot])} ${times(start, end)} — ${subject}, ${group}`,

  settingsTitle: 'Alertes d’absence',
  settingsIntro:
    'Un apprenant apparaît dans les alertes du tableau de bord dès qu’il dépasse l’un de ces seuils.',
  shareMax: 'Part d’heures non justifiées au-delà de laquelle alerter (%)',
  shareMaxHelp: 'Entre 1 et 100 % ; 10 % par défaut.',
  shareInvalid: 'Indiquez un pourcentage entre 1 et 100.',
  halfDays: 'Demi-journées non justifiées dans un mois',
  halfDaysHelp: 'Entre 1 et 40 ; 3 par défaut.',
  halfDaysInvalid: 'Indiquez un nombre entier entre 1 et 40.',
  save: 'Enregistrer',
  saved: 'Seuils enregistrés.',
} as const;
