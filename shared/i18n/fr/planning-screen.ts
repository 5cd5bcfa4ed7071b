import { formatDateLong, formatDateShort, formatHours } from '../../format/fr';
import { monthNamesFr } from './calendar';

type Slot = 'morning' | 'afternoon' | 'evening';
type Modality = 'onsite' | 'distance' | 'work';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slotWord: Record<Slot, string> = { morning: 'matin', afternoon: 'après-midi', evening: 'soir' };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;

/** Texts of the planning screen (grid, month, hours ledger, week templates). */
export const planningScreenFr = {
  title: 'Planning',
  intro: 'Séances des groupes, des formateurs et des salles, semaine par semaine.',

  // Header
  viewLabel: 'Afficher le planning d’un',
  views: { group: 'Groupe', trainer: 'Formateur', room: 'Salle' },
  pickerEmpty: {
    group: 'Aucun groupe : créez-en un dans une promotion.',
    trainer: 'Aucun formateur enregistré.',
    room: 'Aucune salle enregistrée.',
  },
  previousWeek: 'Semaine précédente',
  nextWeek: 'Semaine suivante',
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  today: 'Aujourd’hui',
  dateField: 'Aller au',
  exportIcs: 'Exporter (ICS)',
  exportPdf: { week: 'Imprimer la semaine (PDF)', month: 'Imprimer le mois (PDF)' },
  weekOf: (monday: string, saturday: string) =>
    `Semaine du ${formatDateShort(monday)} au ${formatDateShort(saturday)}`,
  monthTitle: (month: string) =>
    capitalize(`${monthNamesFr[Number(month.slice(5, 7))]} ${month.slice(0, 4)}`),
  tabsLabel: 'Vues du planning',
  tabs: { week: 'Semaine', month: 'Mois', rhythm: 'Rythme d’alternance', ledger: 'Suivi des heures' },
  groupNotPlannable: (group: string, size: number) =>
    `${group} compte ${plural(size, 'apprenant')} : un groupe se planifie à partir de 5 apprenants.`,

  // Grid
  gridLabel: (entity: string) => `Planning de la semaine : ${entity}`,
  dayHeader: (date: string) => capitalize(formatDateLong(date).replace(/ \d{4}$/, '')),
  slotTimes: (start: string, end: string) => `${start.replace(':', 'h')}–${end.replace(':', 'h')}`,
  company: 'Entreprise',
  schoolHoliday: (name: string) => `Vacances : ${name}`,
  cellCreate: (date: string, slot: Slot) =>
    `${capitalize(formatDateLong(date))}, ${slotWord[slot]} : créer une séance`,
  cellEmpty: (date: string, slot: Slot) =>
    `${capitalize(formatDateLong(date))}, ${slotWord[slot]} : aucune séance`,
  cardName: (parts: (string | null)[]) => parts.filter(Boolean).join(', '),
  room: (name: string) => `salle ${name.replace(/^salle\s+/i, '')}`,
  noTrainer: 'Sans formateur',
  keyboardHelp:
    'Glissez une séance vers une autre demi-journée pour la déplacer. Au clavier : Alt + flèches déplace ' +
    'la séance sélectionnée, Ctrl + C la copie, Ctrl + V la colle sur une demi-journée libre.',
  copied: (subject: string) =>
    `${subject} copiée : placez-vous sur une demi-journée libre et faites Ctrl + V.`,
  warningsLabel: 'Avertissements',

  modalities: { onsite: 'Présentiel', distance: 'FOAD (à distance)', work: 'FEST (situation de travail)' },
  modalityShort: { onsite: 'Présentiel', distance: 'FOAD', work: 'FEST' } as Record<Modality, string>,
  slots: { morning: 'Matin', afternoon: 'Après-midi', evening: 'Soir' } as Record<Slot, string>,

  // Results of an action
  created: 'Séance créée.',
  updated: 'Séance modifiée.',
  moved: 'Séance déplacée.',
  duplicated: 'Séance dupliquée.',
  deleted: 'Séance supprimée.',
  savedWithWarnings: (warnings: string[]) =>
    `Enregistré, avec ${plural(warnings.length, 'avertissement')} : ${warnings.join(' ')}`,

  // Session dialog
  createTitle: (date: string, slot: Slot) => `Nouvelle séance — ${formatDateLong(date)} ${slotWord[slot]}`,
  editTitle: (subject: string) => `Séance : ${subject}`,
  otherGroup: (group: string, cohort: string) => `Groupe ${group} (${cohort})`,
  subject: 'Matière',
  noSubjects: 'Le programme de ce groupe n’a aucune matière.',
  trainer: 'Formateur',
  none: 'Aucun',
  qualified: 'enseigne cette matière',
  roomField: 'Salle',
  roomOption: (name: string, capacity: number) => `${name} — ${plural(capacity, 'place')}`,
  roomHidden: 'Pas de salle pour une séance à distance ou en entreprise.',
  modality: 'Modalité',
  note: 'Note',
  date: 'Date',
  slot: 'Demi-journée',
  delete: 'Supprimer',
  duplicate: 'Dupliquer',
  confirmDelete: (subject: string, date: string, slot: Slot) =>
    `Supprimer la séance ${subject} du ${formatDateLong(date)} ${slotWord[slot]} ? Elle disparaît du planning et du suivi des heures.`,
  duplicateTitle: (subject: string) => `Dupliquer : ${subject}`,
  duplicateIntro: 'La copie garde la matière, le formateur, la salle et la modalité.',
  required: 'Champ obligatoire',

  // Week templates
  copyWeek: 'Copier la semaine',
  applyPattern: 'Appliquer une semaine type',
  copyWeekTitle: (monday: string) => `Copier la semaine du ${formatDateShort(monday)}`,
  copyWeekIntro: 'Les séances de la semaine affichée sont recopiées sur les semaines choisies.',
  copyMode: 'Semaines visées',
  copyNext: 'Les semaines suivantes',
  copyUntil: 'Jusqu’au',
  weekCount: 'Nombre de semaines',
  untilDate: 'Dernier jour',
  weeksChosen: (n: number) => `${plural(n, 'semaine')} visée${n > 1 ? 's' : ''}.`,
  tooManyWeeks: 'Au plus 60 semaines à la fois.',
  noWeeks: 'Choisissez au moins une semaine après celle affichée.',
  patternTitle: 'Appliquer une semaine type',
  patternIntro:
    'Chaque ligne place une séance chaque semaine de la période, au jour et à la demi-journée choisis. ' +
    'Les lignes partent des séances de la semaine affichée.',
  from: 'Du',
  to: 'Au',
  weekday: 'Jour',
  addRow: 'Ajouter une ligne',
  removeRow: (n: number) => `Retirer la ligne ${n}`,
  rowLabel: (n: number) => `Ligne ${n}`,
  noRows: 'Ajoutez au moins une ligne.',
  tooManyRows: 'Au plus 18 lignes.',
  preview: 'Aperçu',
  previewTitle: 'Aperçu avant confirmation',
  previewCreated: (n: number) => `${plural(n, 'séance')} à créer`,
  previewSkipped: (n: number) => `${plural(n, 'demi-journée')} ignorée${n > 1 ? 's' : ''}`,
  batchDone: (n: number, skipped: number) =>
    `${plural(n, 'séance créée', 'séances créées')}${skipped ? `, ${plural(skipped, 'demi-journée ignorée', 'demi-journées ignorées')}` : ''}.`,
  previewLine: (date: string, slot: Slot) => `${capitalize(formatDateLong(date))} ${slotWord[slot]}`,
  back: 'Retour',
  confirm: 'Confirmer',

  // Month
  monthLabel: (month: string) => `Planning du mois : ${month}`,
  dayButton: (date: string, count: number) =>
    `${capitalize(formatDateLong(date))} : ${count ? plural(count, 'séance') : 'aucune séance'}, ouvrir la semaine`,
  moreSessions: (n: number) => `+ ${n} autre${n > 1 ? 's' : ''}`,

  // Ledger
  ledgerTitle: 'Suivi des heures',
  ledgerShow: 'Afficher le suivi des heures',
  ledgerHide: 'Masquer le suivi des heures',
  ledgerLabel: 'Suivi des heures par matière',
  ledgerSubject: 'Matière',
  ledgerTarget: 'Cible',
  ledgerPlanned: 'Planifié',
  ledgerDelivered: 'Réalisé',
  ledgerRemaining: 'Reste à planifier',
  ledgerProgress: 'Avancement',
  ledgerDrift: 'État',
  ledgerTotal: 'Total',
  ledgerProgramme: (hours: number) => `Programme : ${formatHours(hours)}`,
  ledgerEmpty: 'Aucune matière dans le programme de ce groupe.',
  ledgerChartLabel: 'Heures planifiées et cibles par matière',
  ledgerPlannedOf: (planned: number, target: number) => `${formatHours(planned)} / ${formatHours(target)}`,
  ledgerOver: (hours: number) => `${formatHours(hours)} de plus que la cible`,
  hours: formatHours,
} as const;
