import { formatDateShort, formatDateTime, formatNumber } from '../../format/fr';

type EvaluationKind = 'homework' | 'oral' | 'ccf' | 'mock_exam';
type PeriodKind = 'semester' | 'trimester';
type Source = 'sheet' | 'paste' | 'fill' | 'undo' | 'import';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
const num = (n: number) => formatNumber(n, 2);

/** Texts of the Notes screens: the pickers, the mark sheet, its dialogs and the periods. */
export const marksScreenFr = {
  title: 'Notes',
  intro: 'Évaluations et saisie des notes par groupe, matière et période.',
  tabsLabel: 'Vues des notes',
  tabs: { sheet: 'Saisie des notes', periods: 'Périodes' },

  // ---------------------------------------------------------------- pickers
  group: 'Groupe',
  subject: 'Matière',
  period: 'Période',
  groupOf: (cohort: string, group: string) => `${cohort} — ${group}`,
  periodOption: (name: string, start: string, end: string, closed: boolean) =>
    `${name} (${formatDateShort(start)} – ${formatDateShort(end)})${closed ? ' — clôturée' : ''}`,
  noGroups: 'Aucun groupe : créez-en un dans une promotion.',
  noGroupsTaught:
    'Vous n’enseignez dans aucun groupe pour l’instant. Un responsable pédagogique vous affecte une matière sur un groupe, ou planifie vos séances.',
  noSubjects: 'Aucune matière à afficher pour ce groupe.',
  noSubjectsTaught: 'Vous n’enseignez aucune matière de ce groupe.',
  noPeriods:
    'Cette promotion n’a pas encore de périodes : un responsable pédagogique les crée dans l’onglet « Périodes ».',
  loading: 'Chargement de la feuille de notes…',

  // ---------------------------------------------------------------- the sheet
  gridLabel: (subject: string, group: string, period: string) => `Notes — ${subject}, ${group}, ${period}`,
  colLearner: 'Apprenant',
  colPeriodAverage: 'Moyenne',
  colYearAverage: 'Moy. annuelle',
  periodAverageHelp: 'Moyenne de la matière sur la période, sur 20, pondérée par les coefficients.',
  yearAverageHelp: 'Moyenne de la matière sur toutes les périodes de l’année de formation, sur 20.',
  kinds: { homework: 'Devoir', oral: 'Oral', ccf: 'CCF', mock_exam: 'BTS blanc' } as Record<
    EvaluationKind,
    string
  >,
  coefficient: (n: number) => `coef. ${num(n)}`,
  scale: (n: number) => `/${num(n)}`,
  unitOf: (code: string) => `épreuve ${code}`,
  editEvaluationOf: (title: string) => `Modifier l’évaluation « ${title} »`,
  evaluationHeader: (title: string, date: string, coefficient: number, scale: number) =>
    `${title}, ${formatDateShort(date)}, coefficient ${num(coefficient)}, sur ${num(scale)}`,
  joinedOn: (date: string) => `arrivé(e) le ${formatDateShort(date)}`,
  leftOn: (date: string) => `parti(e) le ${formatDateShort(date)}`,
  classAverage: 'Moyenne de la classe',
  min: 'Note la plus basse',
  max: 'Note la plus haute',
  count: 'Nombre de notes',
  averagesCount: 'Moyennes calculées',
  none: '—',
  provisional: 'prov.',
  provisionalHelp: (pending: number) =>
    `Moyenne provisoire : ${plural(pending, 'note NN', 'notes NN')} en attente.`,
  cellOf: (evaluation: string, learner: string) => `${evaluation}, ${learner}`,
  emptyEvaluations: 'Aucune évaluation sur cette période : créez la première avec « Nouvelle évaluation ».',
  emptyLearners: 'Aucun apprenant dans ce groupe sur cette période.',

  // ---------------------------------------------------------------- saving
  saving: 'Enregistrement…',
  saved: 'Enregistré',
  allSaved: 'Toutes les notes sont enregistrées.',
  error: (message: string) => `Erreur : ${message} — votre saisie est conservée`,
  retry: 'Réessayer',
  invalidCount: (n: number) =>
    n > 1 ? `${n} valeurs refusées, non enregistrées` : '1 valeur refusée, non enregistrée',
  invalidHelp: 'Corrigez la valeur en rouge, ou appuyez sur Échap pour revenir à la note enregistrée.',
  cellInvalid: (reason: string) => `Refusé : ${reason} Rien n’est enregistré.`,
  cellError: (message: string) => `Erreur : ${message} Votre saisie est conservée.`,
  cellConflict: (message: string, typed: string) =>
    `${message} Votre saisie : ${typed === '' ? '(effacement)' : typed}.`,
  conflictTip: (typed: string) =>
    `Votre saisie : ${typed === '' ? '(effacement)' : typed} — F2 pour la reprendre, Échap pour garder la note actuelle.`,
  conflictShort: 'Non enregistré : modifié entre-temps',
  /** The other cells of a paste refused for its stale cells. */
  heldBack:
    'le collage a été refusé pour les notes modifiées entre-temps ; cette valeur n’a pas été enregistrée.',
  conflicts: (n: number) =>
    n > 1
      ? `${n} notes ont été modifiées par quelqu’un d’autre entre-temps : vos saisies n’ont pas été enregistrées.`
      : 'Une note a été modifiée par quelqu’un d’autre entre-temps : votre saisie n’a pas été enregistrée.',
  conflictHelp:
    'Les cellules en orange montrent la note actuelle ; votre saisie est dans leur infobulle. ' +
    'Échap garde la note actuelle, F2 reprend votre saisie pour la corriger.',
  overwrite: (n: number) => (n > 1 ? 'Remplacer par mes saisies' : 'Remplacer par ma saisie'),
  cellSaving: 'Enregistrement…',
  cellSaved: 'Enregistré',
  readOnlyTitle: 'Consultation seule',

  // ---------------------------------------------------------------- toolbar
  newEvaluation: 'Nouvelle évaluation',
  undo: 'Annuler la dernière modification',
  undoNothing: 'Aucune modification à annuler',
  history: 'Historique de la note',
  learnerHistory: 'Historique de l’apprenant',
  learnerHistoryTitle: (learner: string) => `Historique des notes — ${learner}`,
  colEvaluation: 'Évaluation',
  historyHelp: 'Historique de la cellule sélectionnée (ou clic droit sur une note)',
  shortcuts: 'Raccourcis clavier',
  shortcutLines: [
    'Tapez une note pour remplacer la cellule : 12,5 · 12.5 · abs · abj · disp · nn.',
    'Entrée : descendre · Maj+Entrée : monter · Tab : à droite · Maj+Tab : à gauche · flèches : se déplacer.',
    'F2 ou double-clic : modifier la note en place · Échap : annuler la saisie.',
    'Suppr : effacer la sélection · Maj+flèches ou glisser : sélectionner.',
    'Ctrl+D : recopier vers le bas — avec plusieurs lignes sélectionnées, la première valeur dans les cellules sélectionnées en dessous ; avec une seule cellule, sa valeur dans les cellules vides de la colonne en dessous.',
    'Ctrl+V : coller une colonne ou un bloc copié d’un tableur (aperçu avant enregistrement) · Ctrl+C : copier.',
    'Ctrl+Z : annuler la dernière modification.',
  ],

  // ---------------------------------------------------------------- paste preview
  pasteTitle: 'Coller des notes',
  pasteIntro: (changes: number, unchanged: number) =>
    `${plural(changes, 'note sera modifiée', 'notes seront modifiées')}` +
    (unchanged > 0 ? `, ${plural(unchanged, 'est', 'sont')} déjà à la bonne valeur` : '') +
    '. Rien n’est enregistré avant « Appliquer ».',
  pasteChanges: 'Modifications',
  pasteRefused: (n: number) =>
    n > 1
      ? `${n} valeurs refusées (ne seront pas enregistrées)`
      : '1 valeur refusée (ne sera pas enregistrée)',
  pasteOutside: (n: number) =>
    `${plural(n, 'valeur collée dépasse', 'valeurs collées dépassent')} la feuille (après le dernier apprenant ou la dernière évaluation) et ${n > 1 ? 'sont ignorées' : 'est ignorée'}.`,
  pasteNothing: 'Aucune note ne change.',
  colChangeLearner: 'Apprenant',
  colChangeEvaluation: 'Évaluation',
  colBefore: 'Avant',
  colAfter: 'Après',
  colReason: 'Motif du refus',
  empty: '(vide)',
  apply: 'Appliquer',

  // ---------------------------------------------------------------- XLSX round trip
  exportXlsx: 'Exporter (XLSX)',
  importXlsx: 'Importer (XLSX)',
  importTitle: 'Importer des notes (XLSX)',
  importIntro:
    'Choisissez un classeur exporté depuis Carnet puis modifié. Rien n’est enregistré avant « Appliquer ».',
  importPick: 'Choisir le fichier',
  importFile: 'Fichier XLSX',
  importReading: 'Lecture du fichier…',
  importSummary: (changes: number, unchanged: number, exportedAt: string) =>
    `Export du ${formatDateTime(exportedAt)} : ${plural(changes, 'note modifiée', 'notes modifiées')}` +
    (unchanged > 0 ? `, ${plural(unchanged, 'inchangée', 'inchangées')}` : '') +
    '.',
  importNothing: 'Aucune note ne change dans ce fichier.',
  importChanges: 'Notes modifiées',
  importRefused: (n: number) => (n > 1 ? `${n} cellules refusées` : '1 cellule refusée'),
  importRefusedHelp:
    'Rien ne peut être importé tant que le fichier contient une valeur refusée : corrigez-la dans le classeur, enregistrez-le, puis choisissez-le de nouveau.',
  importConflicts: (n: number) =>
    n > 1
      ? `${n} notes ont été modifiées dans Carnet depuis l’export : elles sont conservées, sauf si vous cochez la case ci-dessous.`
      : '1 note a été modifiée dans Carnet depuis l’export : elle est conservée, sauf si vous cochez la case ci-dessous.',
  importOverwrite: 'Écraser les modifications faites depuis l’export',
  colCell: 'Cellule',
  colValue: 'Valeur du fichier',
  colConflict: 'Modifiée depuis l’export',
  conflictOf: (exported: string, at: string | null, by: string | null) =>
    `Valeur exportée : ${exported === '' ? '(vide)' : exported}` +
    (at ? ` — modifiée le ${formatDateTime(at)}` : '') +
    (by ? ` par ${by}` : ''),
  evaluationOf: (subject: string, evaluation: string) => `${subject} — ${evaluation}`,
  imported: (n: number) => `${plural(n, 'note importée', 'notes importées')}.`,

  // ---------------------------------------------------------------- evaluation dialog
  createTitle: 'Nouvelle évaluation',
  editTitle: (title: string) => `Modifier « ${title} »`,
  fieldTitle: 'Intitulé',
  fieldDate: 'Date',
  fieldKind: 'Type',
  fieldCoefficient: 'Coefficient',
  fieldScale: 'Barème (noté sur)',
  scaleHelp: 'Une note sur un autre barème est ramenée sur 20 dans les moyennes.',
  fieldUnit: 'Épreuve du BTS représentée',
  unitNone: 'Aucune',
  numberInvalid: 'Saisissez un nombre supérieur à 0 (ex. 2 ou 1,5).',
  delete: 'Supprimer',
  confirmDelete: (title: string) => `Supprimer l’évaluation « ${title} » ?`,
  confirmDeleteMarks: (title: string, marks: number) =>
    `Supprimer l’évaluation « ${title} » et ses ${plural(marks, 'note')} ? La suppression est tracée.`,
  created: (title: string) => `Évaluation « ${title} » créée.`,
  updated: (title: string) => `Évaluation « ${title} » modifiée.`,
  deleted: (title: string) => `Évaluation « ${title} » supprimée.`,

  // ---------------------------------------------------------------- history
  historyTitle: (learner: string, evaluation: string) => `Historique — ${learner}, ${evaluation}`,
  historyLabel: 'Modifications de la note',
  historyEmpty: 'Aucune modification enregistrée pour cette note.',
  colWhen: 'Date',
  colWho: 'Par',
  colOld: 'Ancienne valeur',
  colNew: 'Nouvelle valeur',
  colSource: 'Origine',
  sources: {
    sheet: 'Saisie',
    paste: 'Collage',
    fill: 'Recopie vers le bas',
    undo: 'Annulation',
    import: 'Import XLSX',
  } as Record<Source, string>,
  when: (at: string) => formatDateTime(at),

  // ---------------------------------------------------------------- periods
  cohort: 'Promotion',
  noCohorts: 'Aucune promotion.',
  periodsLabel: (cohort: string) => `Périodes de ${cohort}`,
  periodsIntro:
    'Une période clôturée ne peut plus être modifiée : ni évaluations, ni notes, ni appréciations. La rouvrir demande un motif, conservé.',
  colName: 'Période',
  colStart: 'Début',
  colEnd: 'Fin',
  colTrainingYear: 'Année',
  colEvaluations: 'Évaluations',
  colState: 'État',
  colActions: 'Actions',
  trainingYear: (n: number) => (n === 1 ? '1re année' : `${n}e année`),
  open: 'Ouverte',
  closedOn: (at: string, by: string) => `Clôturée le ${formatDateTime(at)} par ${by}`,
  generate: 'Générer les périodes',
  generateTitle: 'Générer les périodes',
  generateIntro:
    'Chaque année de formation de la promotion est découpée selon ses dates. Les périodes actuelles sont remplacées (refusé si elles ont déjà des évaluations).',
  fieldPeriodKind: 'Découpage',
  periodKinds: {
    semester: 'Semestres (2 par année de formation)',
    trimester: 'Trimestres (3 par année de formation)',
  } as Record<PeriodKind, string>,
  generateSubmit: 'Générer',
  generated: (n: number) => `${plural(n, 'période créée', 'périodes créées')}.`,
  edit: 'Modifier',
  editOf: (name: string) => `Modifier ${name}`,
  editPeriodTitle: (name: string) => `Modifier ${name}`,
  fieldName: 'Nom',
  fieldStart: 'Début',
  fieldEnd: 'Fin',
  periodUpdated: (name: string) => `${name} modifiée.`,
  close: 'Clôturer',
  closeOf: (name: string) => `Clôturer ${name}`,
  confirmClose: (name: string) =>
    `Clôturer ${name} ? Ses évaluations, notes et appréciations ne pourront plus être modifiées jusqu’à sa réouverture.`,
  closed: (name: string) => `${name} clôturée.`,
  reopen: 'Rouvrir',
  reopenOf: (name: string) => `Rouvrir ${name}`,
  reopenTitle: (name: string) => `Rouvrir ${name}`,
  reopenIntro: 'Les notes et appréciations de la période redeviennent modifiables. Le motif est conservé.',
  reopenReason: 'Motif de la réouverture',
  reopened: (name: string) => `${name} rouverte.`,
  noPeriodsYet: 'Aucune période : générez les semestres ou les trimestres de la promotion.',
} as const;
