import { formatDateShort, formatNumber } from '../../format/fr';

type Kind = 'reportCards' | 'attestations' | 'certificates';

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** How many documents of a kind, agreed in gender and number: "30 bulletins générés". */
const counted: Record<Kind, (n: number) => string> = {
  reportCards: (n) => `${n} bulletin${n > 1 ? 's' : ''} généré${n > 1 ? 's' : ''}`,
  attestations: (n) => `${n} attestation${n > 1 ? 's' : ''} générée${n > 1 ? 's' : ''}`,
  certificates: (n) => `${n} certificat${n > 1 ? 's' : ''} généré${n > 1 ? 's' : ''}`,
};

const pages = (n: number) => `${n} page${n > 1 ? 's' : ''}`;

/** Texts of the Documents screen: generating a batch, its preview and progress, the archive. */
export const documentsScreenFr = {
  title: 'Documents',
  intro: 'Bulletins de notes, attestations de fin de formation et certificats de réalisation.',
  tabsLabel: 'Vues des documents',
  tabs: { generate: 'Générer', archive: 'Archive' },
  notIssuer:
    'Les documents remis aux apprenants (bulletins, attestations, certificats de réalisation) sont émis par les conseillers, les responsables pédagogiques et les administrateurs. Les listes de travail s’impriment depuis le planning et l’émargement.',

  // ---------------------------------------------------------------- what to generate
  documentLabel: 'Document',
  kinds: {
    reportCards: 'Bulletins de notes',
    attestations: 'Attestations de fin de formation',
    certificates: 'Certificats de réalisation',
  } as Record<Kind, string>,
  /** In the archive's narrow Type column. */
  kindsShort: {
    reportCards: 'Bulletins',
    attestations: 'Attestations',
    certificates: 'Certificats',
  } as Record<Kind, string>,
  kindHelp: {
    reportCards: 'Un bulletin par apprenant d’un groupe, pour une période.',
    attestations: 'Une attestation par apprenant d’une promotion (Code du travail, art. L6353-1).',
    certificates:
      'Un certificat par apprenant pour un mois ou une période choisie, selon le modèle du ministère.',
  } as Record<Kind, string>,
  scopeTitle: 'Pour qui',
  cohort: 'Promotion',
  cohortOption: (name: string, archived: boolean) => (archived ? `${name} (archivée)` : name),
  group: 'Groupe',
  allGroups: 'Tous les groupes',
  period: 'Période',
  periodOption: (name: string, start: string, end: string) =>
    `${name} (${formatDateShort(start)} – ${formatDateShort(end)})`,
  noCohorts: 'Aucune promotion : créez-en une dans « Promotions & groupes ».',
  noGroups: 'Cette promotion n’a aucun groupe.',
  noPeriods:
    'Cette promotion n’a pas encore de périodes : un responsable pédagogique les crée dans Notes › Périodes.',
  rangeLabel: 'Période couverte',
  rangeMonth: 'Un mois',
  rangeCustom: 'Dates au choix',
  month: 'Mois',
  monthOption: (firstDay: string) => {
    const label = monthFormat.format(new Date(`${firstDay}T00:00:00Z`));
    return label.charAt(0).toLocaleUpperCase('fr-FR') + label.slice(1);
  },
  from: 'Du',
  to: 'Au',
  rangeSummary: (from: string, to: string) => `du ${formatDateShort(from)} au ${formatDateShort(to)}`,

  // ---------------------------------------------------------------- learners
  learnersLabel: 'Apprenants',
  allLearners: (n: number) => `Tous les apprenants (${n})`,
  someLearners: (n: number, of: number) => `${n} apprenant${n > 1 ? 's' : ''} sur ${of}`,
  learnerName: (surname: string, firstName: string) => `${surname.toLocaleUpperCase('fr-FR')} ${firstName}`,
  noLearners: 'Aucun apprenant dans ce choix.',
  loadingLearners: 'Chargement des apprenants…',

  // ---------------------------------------------------------------- format and actions
  formatLabel: 'Format',
  formats: { pdf: 'Un PDF', zip: 'Un ZIP d’un PDF par apprenant' },
  formatHelp: {
    pdf: 'Tous les documents à la suite, chacun sur ses pages.',
    zip: 'Un fichier par apprenant, nommé NOM_Prénom.',
  },
  preview: 'Aperçu',
  generate: 'Générer',
  cancel: 'Annuler',
  required: {
    cohortId: 'Choisissez une promotion.',
    groupId: 'Choisissez un groupe : les bulletins se font par groupe.',
    periodId: 'Choisissez une période.',
    from: 'Indiquez la date de début.',
    to: 'Indiquez la date de fin.',
    learnerIds: 'Cochez au moins un apprenant.',
  },
  rangeOrder: 'La date de fin doit suivre la date de début.',

  // ---------------------------------------------------------------- preview
  previewTitle: 'Aperçu de la première page',
  previewIntro: 'Le document du premier apprenant, tel qu’il sera imprimé. Rien n’est archivé.',
  previewCanvas: 'Aperçu de la page 1 du premier document',
  previewEmpty: 'Cliquez sur « Aperçu » pour voir la première page avant de générer.',
  previewLoading: 'Préparation de l’aperçu…',
  previewUnreadable: 'L’aperçu n’a pas pu être affiché ; le document peut quand même être généré.',

  // ---------------------------------------------------------------- the batch
  progressLabel: 'Génération des documents',
  progress: (done: number, total: number) => `${done} / ${total}`,
  starting: 'Lecture des données…',
  collecting: 'Enregistrement dans l’archive…',
  cancelled: 'Génération annulée : aucun fichier n’a été créé.',
  failed: 'La génération a échoué ; aucun fichier n’a été créé.',
  generated: (kind: Kind, count: number, pageCount: number, version: number) =>
    `${counted[kind](count)} (${pages(pageCount)}) — version ${version}`,
  savedAs: (fileName: string) => `Fichier enregistré : ${fileName}`,
  openArchive: 'Voir dans l’archive',
  downloadAgain: 'Télécharger à nouveau',

  // ---------------------------------------------------------------- centre identity
  centreMissing: (fields: readonly string[]) =>
    `L’identité du centre est incomplète : il manque ${fields.join(', ')}. Les documents l’impriment en en-tête et dans le bloc de signature.`,
  centreFix: 'Compléter dans Paramètres',
  centreAsk: (section: string) =>
    `Un administrateur ou un responsable pédagogique la complète dans Paramètres › ${section}.`,

  // ---------------------------------------------------------------- archive
  archiveLabel: 'Documents émis',
  filterKind: 'Type',
  allKinds: 'Tous les types',
  filterCohort: 'Promotion',
  allCohorts: 'Toutes les promotions',
  colKind: 'Type',
  colTitle: 'Titre',
  colPeriod: 'Période',
  colLearners: 'Apprenants',
  colVersion: 'Version',
  colPages: 'Pages',
  colIssuedBy: 'Émis par',
  colIssuedAt: 'Le',
  colSize: 'Taille',
  colActions: 'Télécharger',
  learnerCount: (n: number) => `${n} apprenant${n > 1 ? 's' : ''}`,
  download: 'Télécharger',
  downloadOf: (title: string, version: number) => `Télécharger ${title}, version ${version}`,
  noArchive: 'Aucun document émis pour l’instant.',
  size: (bytes: number) =>
    bytes < 1024 * 1024
      ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)), 0)} Ko`
      : `${formatNumber(bytes / (1024 * 1024), 1)} Mo`,

  // ---------------------------------------------------------------- learner's page
  learnerMenu: 'Documents',
  learnerMenuLabel: (name: string) => `Documents de ${name}`,
  learnerActions: {
    reportCards: 'Bulletin de notes',
    attestations: 'Attestation de fin de formation',
    certificates: 'Certificat de réalisation',
  } as Record<Kind, string>,
};
