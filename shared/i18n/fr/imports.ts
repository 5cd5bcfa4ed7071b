/** Messages of the import and export backend: reading files, checking rows, writing XLSX. */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;

export const importFileFr = {
  unsupportedType: (name: string) =>
    `Le fichier « ${name} » n’est ni un CSV ni un classeur Excel (.xlsx). Enregistrez-le dans l’un de ces formats puis réessayez.`,
  oldXls: (name: string) =>
    `« ${name} » est un classeur Excel ancien (.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx ou en CSV.`,
  notBase64: 'Le fichier envoyé est illisible (contenu mal transmis). Choisissez-le de nouveau.',
  emptyFile: (name: string) => `Le fichier « ${name} » est vide.`,
  noDataRows: (name: string) =>
    `Le fichier « ${name} » ne contient aucune ligne sous la ligne des titres de colonnes : rien à importer.`,
  utf16: (name: string) =>
    `« ${name} » est enregistré en UTF-16 (« Texte Unicode »). Enregistrez-le en « CSV UTF-8 » ou en « CSV (séparateur : point-virgule) ».`,
  binaryCsv: (name: string) =>
    `« ${name} » ne ressemble pas à un fichier texte CSV. Choisissez un fichier .csv ou .xlsx.`,
  unclosedQuote: (line: number) =>
    `Le CSV est mal formé : un guillemet ouvert ligne ${line} n’est jamais fermé. Corrigez le fichier puis réessayez.`,
  unreadableXlsx: (name: string) =>
    `Le classeur « ${name} » est illisible (fichier endommagé ou protégé par mot de passe). Ouvrez-le et enregistrez-le de nouveau en .xlsx.`,
  noWorksheet: (name: string) => `Le classeur « ${name} » ne contient aucune feuille de données.`,
  tooManyRows: (max: number) =>
    `Le fichier compte plus de ${max} lignes : découpez-le en plusieurs fichiers plus petits.`,
  untitledColumn: (n: number) => `Colonne ${n}`,
} as const;

export const importMappingFr = {
  missing: (label: string) => `Choisissez la colonne qui contient « ${label} » (obligatoire).`,
  unknownField: (key: string) => `« ${key} » n’est pas un champ importable.`,
  noSuchColumn: (n: number, count: number) =>
    `La colonne ${n} n’existe pas : le fichier compte ${plural(count, 'colonne')}.`,
} as const;

/** Messages of one cell, each naming what is expected so the file can be fixed. */
export const importValueFr = {
  date: (raw: string) => `Date illisible : « ${raw} » (attendu JJ/MM/AAAA)`,
  twoDigitYear: (raw: string) =>
    `Année sur deux chiffres : « ${raw} » (attendu JJ/MM/AAAA, par exemple 12/03/2004)`,
  accessRoute: (raw: string, choices: string) => `Voie d’accès inconnue : « ${raw} » (attendu : ${choices})`,
  funding: (raw: string, choices: string) => `Financement inconnu : « ${raw} » (attendu : ${choices})`,
  boolean: (raw: string) => `Valeur non reconnue : « ${raw} » (attendu oui ou non)`,
  contractType: (raw: string, choices: string) =>
    `Type de contrat inconnu : « ${raw} » (attendu : ${choices})`,
  email: (raw: string) => `Adresse e-mail invalide : « ${raw} » (attendu nom@domaine.fr)`,
  phone: (raw: string) =>
    `Téléphone invalide : « ${raw} » (chiffres, espaces, +, points, tirets ou parenthèses)`,
  siret: (raw: string) => `SIRET invalide : « ${raw} » (14 chiffres avec une clé de contrôle valide)`,
  required: (label: string) => `« ${label} » est obligatoire.`,
} as const;

export const importRunFr = {
  duplicateExisting: (name: string, birthDate: string | null) =>
    birthDate ? `Déjà enregistré : ${name}, né(e) le ${birthDate}` : `Déjà enregistré : ${name}`,
  duplicateLine: (line: number) => `Doublon de la ligne ${line}`,
  invalidRows: (invalid: number) =>
    `${plural(invalid, 'ligne')} ${invalid > 1 ? 'ne sont pas valides' : 'n’est pas valide'} : ` +
    'rien n’a été importé. Corrigez le fichier, ou importez seulement les lignes valides.',
  nothingValid: 'Aucune ligne valide à importer : corrigez le fichier puis réessayez.',
  groupNotInCohort: (group: string, cohort: string) =>
    `Le groupe « ${group} » n’appartient pas à la promotion « ${cohort} ».`,
} as const;

/** The import template: its sheets and the help listing accepted values. */
export const importTemplateFr = {
  fileName: { learners: 'Modele_import_apprenants.xlsx', trainers: 'Modele_import_formateurs.xlsx' },
  sheet: { learners: 'Apprenants', trainers: 'Formateurs' },
  helpSheet: 'Aide',
  helpTitle: 'Comment remplir ce modèle',
  helpHeaders: ['Colonne', 'Valeur à saisir', 'Autres écritures acceptées'],
  helpIntro:
    'Une ligne par personne, à partir de la ligne 2. Supprimez la ligne d’exemple avant l’import. ' +
    'Les colonnes vides sont permises, sauf les obligatoires.',
  required: (labels: string) => `Colonnes obligatoires : ${labels}.`,
  dates: 'Dates',
  dateFormat: 'JJ/MM/AAAA (par exemple 12/03/2004)',
  dateVariants: '12-03-2004, 12.03.2004, 2004-03-12, 12 mars 2004, ou une cellule au format date d’Excel',
  booleans: 'Oui / non',
  booleanValue: 'oui ou non',
  booleanVariants: 'x, 1, 0, vrai, faux ; une case vide vaut non',
  fundingNote: 'uniquement pour la formule pro',
} as const;

export const exportFr = {
  groupTitle: (cohort: string, group: string) => `${cohort} — ${group}`,
  rosterTitle: (cohort: string) => `Promotion ${cohort}`,
  rosterSheet: 'Promotion',
  ungroupedSheet: 'Sans groupe',
  groupFileName: (cohort: string, group: string) => `Liste_${cohort}_${group}`,
  rosterFileName: (cohort: string) => `Promotion_${cohort}`,
  columns: {
    surname: 'Nom',
    firstName: 'Prénom',
    birthDate: 'Date de naissance',
    email: 'E-mail',
    phone: 'Téléphone',
    accessRoute: 'Voie d’accès',
    funding: 'Financement',
    employerName: 'Entreprise',
    tutorName: 'Tuteur',
    group: 'Groupe',
    status: 'Statut',
  },
} as const;
