import type { ImportKind } from '../../api/imports';
import { GROUP_MAX } from '../../domain/group-size';

/** Texts of the import assistant (learners and trainers from a CSV or XLSX file). */
export const importsScreenFr = {
  title: (kind: ImportKind) => (kind === 'learners' ? 'Importer des apprenants' : 'Importer des formateurs'),
  steps: ['Fichier', 'Correspondance des colonnes', 'Vérification'] as const,

  // Step 1
  fileIntro:
    'Choisissez un fichier CSV (UTF-8 ou Windows-1252, séparé par des points-virgules ou des virgules) ' +
    'ou un classeur Excel (.xlsx) dont la première ligne donne les titres des colonnes.',
  template: 'Télécharger le modèle',
  chooseFile: 'Choisir un fichier',
  otherFile: 'Choisir un autre fichier',
  tooLarge: (mb: string) =>
    `Ce fichier pèse ${mb} Mo : 3,5 Mo au plus. Découpez-le en plusieurs fichiers et importez-les l’un après l’autre.`,
  fileName: 'Fichier',
  format: 'Format',
  formats: { csv: 'CSV', xlsx: 'Excel (.xlsx)' },
  encoding: 'Encodage',
  encodings: { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' },
  separator: 'Séparateur',
  separatorName: (sep: string) =>
    sep === ';'
      ? 'point-virgule (;)'
      : sep === ','
        ? 'virgule (,)'
        : sep === '\t'
          ? 'tabulation'
          : `« ${sep} »`,
  rowCount: 'Lignes de données',
  cohort: 'Promotion',
  cohortRequired: 'Choisissez la promotion dans laquelle importer les apprenants.',
  group: 'Groupe (facultatif)',
  noGroup: 'Aucun groupe',
  groupOption: (name: string, count: number, left: number) =>
    `${name} — ${count} / ${GROUP_MAX}, ${left} place${left > 1 ? 's' : ''} restante${left > 1 ? 's' : ''}`,
  next: 'Suivant',

  // Step 2
  mappingIntro:
    'Pour chaque information, choisissez la colonne du fichier qui la contient. Les informations marquées * sont obligatoires.',
  field: 'Information',
  column: 'Colonne du fichier',
  notImported: '— non importé —',
  firstValue: 'Première valeur',
  requiredUnmapped: (label: string) => `Choisissez la colonne qui contient « ${label} ».`,
  missingRequired: 'Certaines informations obligatoires n’ont pas de colonne.',
  sampleTitle: (shown: number, total: number) =>
    `Premières lignes du fichier (${shown} sur ${total.toLocaleString('fr-FR')})`,
  check: 'Vérifier',
  back: 'Retour',

  // Step 3
  validCount: (n: number) =>
    `${n.toLocaleString('fr-FR')} ligne${n > 1 ? 's' : ''} valide${n > 1 ? 's' : ''}`,
  invalidCount: (n: number) => `${n.toLocaleString('fr-FR')} en erreur`,
  duplicateCount: (n: number) => `${n.toLocaleString('fr-FR')} doublon${n > 1 ? 's' : ''}`,
  line: 'Ligne',
  remarks: 'Remarques',
  onlyProblems: 'Afficher seulement les lignes en erreur ou en doublon',
  rowsShown: (shown: number, total: number) =>
    `${shown.toLocaleString('fr-FR')} premières lignes affichées sur ${total.toLocaleString('fr-FR')}.`,
  noProblem: 'Aucune ligne en erreur ni en doublon.',
  allInvalidHint: 'Aucune ligne n’est valide : corrigez le fichier, puis choisissez-le à nouveau.',
  fixHint: 'Corrigez le fichier puis choisissez-le à nouveau, ou importez seulement les lignes valides.',
  importAll: (n: number) => `Importer les ${n.toLocaleString('fr-FR')} lignes`,
  importValid: (n: number) => `Importer seulement les lignes valides (${n.toLocaleString('fr-FR')})`,
  rowsLabel: 'Lignes du fichier vérifiées',

  // Result
  imported: (kind: ImportKind, n: number) =>
    kind === 'learners'
      ? `${n.toLocaleString('fr-FR')} apprenant${n > 1 ? 's' : ''} importé${n > 1 ? 's' : ''}`
      : `${n.toLocaleString('fr-FR')} formateur${n > 1 ? 's' : ''} importé${n > 1 ? 's' : ''}`,
  skipped: (n: number) =>
    `${n.toLocaleString('fr-FR')} ligne${n > 1 ? 's' : ''} ignorée${n > 1 ? 's' : ''} (en erreur ou en doublon).`,
  finish: 'Terminer',
} as const;
