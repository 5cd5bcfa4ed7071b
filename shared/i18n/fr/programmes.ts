import type { UNIT_FORMS, UNIT_KINDS } from '../../api/programmes';

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
const list = (names: readonly string[]) => names.map((n) => `« ${n} »`).join(', ');

export const unitFormLabelsFr: Record<(typeof UNIT_FORMS)[number], string> = {
  written: 'écrite',
  oral: 'orale',
  written_practical: 'écrite pratique',
  practical: 'pratique',
};

export const unitKindLabelsFr: Record<(typeof UNIT_KINDS)[number], string> = {
  general: 'général',
  professional: 'professionnel',
};

/** Refusals of the programmes' handlers (and the contract's own field message). */
export const programmeRulesFr = {
  codeFormat: 'Code : lettres, chiffres, points, tirets ou soulignés, sans espace (ex. BTS-NDRC-2025).',
  notFound: 'Ce programme n’existe pas (ou plus).',
  codeTaken: (code: string) =>
    `Le code « ${code} » est déjà utilisé par un autre programme. Choisissez-en un autre.`,
  builtinReadOnly: (title: string) =>
    `« ${title} » est fourni avec Carnet et ne peut pas être modifié : dupliquez-le, puis modifiez la copie.`,
  builtinNotDeletable: (title: string) => `« ${title} » est fourni avec Carnet et ne peut pas être supprimé.`,
  usedByCohorts: (title: string, cohorts: readonly string[]) =>
    `« ${title} » est suivi par ${plural(cohorts.length, 'la promotion', 'les promotions')} ${list(cohorts)} : ` +
    `il ne peut pas être supprimé. Rattachez ${plural(cohorts.length, 'cette promotion', 'ces promotions')} à un autre programme d’abord.`,
  duplicateSubject: (name: string) =>
    `La matière « ${name} » apparaît deux fois : chaque matière doit avoir un nom unique.`,
  duplicateUnit: (code: string) =>
    `L’épreuve ${code} apparaît deux fois : chaque épreuve doit avoir un code unique.`,
  duplicateBloc: (n: number) =>
    `Le bloc n° ${n} apparaît deux fois : chaque bloc doit avoir un numéro unique.`,
  unknownUnit: (code: string) =>
    `L’épreuve ${code} n’existe pas dans ce programme : ajoutez-la ou choisissez-en une autre.`,
  oneOptionalUnit: 'Un programme compte au plus une épreuve facultative.',
  unknownRow: 'Cette ligne n’appartient pas à ce programme ; rechargez la page.',
  invalid: 'Certaines lignes du programme ne sont pas valides : corrigez les champs signalés.',
  subjectInUse: (name: string, uses: string) =>
    `La matière « ${name} » ne peut pas être retirée : elle est encore utilisée (${uses}). ` +
    `Gardez-la, ou retirez d’abord ce qui s’y rapporte.`,
  unitInUse: (
    code: string,
    uses: { dispensations: number; keptMarks: number; examEntries: number; blancEvaluations: number },
  ) => {
    const { dispensations, keptMarks, examEntries, blancEvaluations } = uses;
    const list = [
      dispensations > 0 && `${dispensations} ${plural(dispensations, 'dispense', 'dispenses')}`,
      keptMarks > 0 &&
        `${keptMarks} ${plural(keptMarks, 'note conservée', 'notes conservées')} (bénéfice d’une session antérieure)`,
      examEntries > 0 &&
        `${examEntries} ${plural(examEntries, 'saisie du simulateur d’examen', 'saisies du simulateur d’examen')}`,
      blancEvaluations > 0 && `${blancEvaluations} ${plural(blancEvaluations, 'BTS blanc', 'BTS blancs')}`,
    ].filter(Boolean);
    return (
      `L’épreuve ${code} ne peut pas être retirée ni renommée : les promotions qui suivent ce programme ` +
      `s’y rapportent (${list.join(', ')}).`
    );
  },
} as const;

/** Texts of the programmes' screens. */
export const programmesFr = {
  ...programmeRulesFr,
  title: 'Programmes',
  intro: 'Référentiels : matières et heures, épreuves et coefficients, blocs de compétences.',
  listLabel: 'Liste des programmes',
  builtin: 'Fourni avec Carnet',
  copyOf: (title: string) => `${title} (copie)`,
  origin: 'Origine',
  centreCopy: 'Programme du centre',
  code: 'Code',
  programmeTitle: 'Intitulé',
  rncp: 'RNCP',
  diplomaCode: 'Code diplôme',
  nsf: 'NSF',
  level: 'Niveau',
  totalHours: 'Volume horaire',
  subjects: 'Matières',
  units: 'Épreuves',
  blocs: 'Blocs de compétences',
  cohorts: 'Promotions',
  objectives: 'Objectifs',
  noObjectives: 'Aucun objectif renseigné.',
  noBlocs: 'Ce programme ne définit pas de blocs de compétences.',
  back: 'Retour aux programmes',
  hoursYear1: '1re année',
  hoursYear2: '2e année',
  total: 'Total',
  coefficient: 'Coefficient',
  unit: 'Épreuve',
  noUnit: '—',
  unitCode: 'Code',
  unitTitle: 'Intitulé',
  form: 'Forme',
  duration: 'Durée',
  preparation: (text: string) => `+ ${text} de préparation`,
  kind: 'Domaine',
  optionalUnit: 'facultative',
  optionalColumn: 'Facultative',
  optionalHelp: 'Seuls les points au-dessus de 10 comptent.',
  mandatoryCoefficients: 'Total des coefficients des épreuves obligatoires',
  hoursGap: (subjects: string, programme: string, gap: string) =>
    `Les heures des matières totalisent ${subjects} pour un programme de ${programme} (écart : ${gap}). ` +
    'Ajustez les heures des matières ou le volume horaire du programme.',
  assumedSplit:
    'Répartition indicative, à adapter dans une copie : les textes ne donnent que le volume total, la répartition des heures entre matières et années est une hypothèse.',
  readOnlyNote:
    'Ce programme est fourni avec Carnet : il est en lecture seule. Dupliquez-le pour l’adapter à votre centre.',
  blocNumber: 'N°',
  blocTitle: 'Intitulé',
  blocUnits: 'Épreuves',
  levelValue: (n: number) => `Niveau ${n}`,
  duplicate: 'Dupliquer',
  duplicateTitle: (title: string) => `Dupliquer « ${title} »`,
  duplicateIntro: 'La copie reprend matières, épreuves, blocs et objectifs ; elle est modifiable.',
  newCode: 'Code de la copie',
  newTitle: 'Intitulé de la copie',
  duplicated: (title: string) => `Copie « ${title} » créée.`,
  edit: 'Modifier',
  editTitle: (title: string) => `Modifier « ${title} »`,
  saved: 'Programme enregistré.',
  delete: 'Supprimer',
  confirmDelete: (title: string) =>
    `Supprimer le programme « ${title} » ? Ses matières, épreuves et blocs sont supprimés avec lui.`,
  deleted: (title: string) => `Programme « ${title} » supprimé.`,
  header: 'En-tête',
  addObjective: 'Ajouter un objectif',
  addSubject: 'Ajouter une matière',
  addUnit: 'Ajouter une épreuve',
  addBloc: 'Ajouter un bloc',
  remove: 'Retirer',
  removeRow: (what: string) => `Retirer ${what}`,
  objective: (n: number) => `Objectif ${n}`,
  subjectName: 'Matière',
  durationMinutes: 'Durée (min)',
  preparationMinutes: 'Préparation (min)',
  unitCodesHelp: 'Codes séparés par des virgules (ex. U4, U5)',
  rowLabel: (kind: string, n: number) => `${kind} ${n}`,
} as const;
