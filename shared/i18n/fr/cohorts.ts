import { GROUP_MAX, GROUP_MIN } from '../../domain/group-size';
import { formatDateShort } from '../../format/fr';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;

/** Messages about cohorts and groups shared by the backend's refusals and the screens. */
export const cohortRulesFr = {
  cohortNotFound: 'Cette promotion n’existe pas (ou plus).',
  groupNotFound: 'Ce groupe n’existe pas (ou plus).',
  learnerNotFound: 'Cet apprenant n’existe pas (ou plus).',
  archived: (name: string) =>
    `La promotion « ${name} » est archivée : elle est en lecture seule. Désarchivez-la pour la modifier.`,
  groupFull: (group: string, current: number, adding: number) =>
    `Le groupe « ${group} » compte déjà ${plural(current, 'apprenant')} : ` +
    `en ajouter ${adding} dépasserait la limite de ${GROUP_MAX} apprenants par groupe.`,
  incomplete: `incomplet — non planifiable (moins de ${GROUP_MIN} apprenants)`,
  otherCohort: (learner: string, group: string) =>
    `${learner} n’appartient pas à la promotion du groupe « ${group} ».`,
  notInTraining: (learner: string, group: string) =>
    `${learner} n’est plus en formation (abandon ou diplômé) : il ou elle ne peut pas rejoindre le groupe « ${group} ». ` +
    'Repassez son statut à « En formation » dans sa fiche si c’est une erreur.',
  alreadyInGroup: (learner: string, group: string) => `${learner} est déjà dans le groupe « ${group} ».`,
  notInAnyGroup: (learner: string) => `${learner} n’est dans aucun groupe actuellement.`,
  memberDateBefore: (learner: string, date: string) =>
    `La date doit être postérieure à l’entrée de ${learner} dans son groupe actuel (${formatDateShort(date)}).`,
  memberDateBeforeEnd: (learner: string, date: string) =>
    `${learner} a quitté un groupe le ${formatDateShort(date)} : choisissez une date d’entrée à partir de ce jour.`,
  endBeforeStart: 'La date de fin doit être postérieure à la date de début.',
  yearToBeforeYearFrom: 'La dernière année de formation ne peut pas précéder la première.',
  programmeNotFound: 'Ce programme n’existe pas (ou plus) : choisissez-en un dans la liste.',
  cohortNameTaken: (name: string) => `Une promotion s’appelle déjà « ${name} ». Choisissez un autre nom.`,
  groupNameTaken: (name: string, cohort: string) =>
    `La promotion « ${cohort} » a déjà un groupe « ${name} ». Choisissez un autre nom.`,
  programmeChangeBlocked: (programme: string, details: string) =>
    `Impossible de passer au programme « ${programme} » : ${details}, ` +
    'unités que ce programme n’a pas. Retirez ces dispenses ou notes conservées d’abord.',
  programmeChangeDetail: (learner: string, units: readonly string[]) =>
    `${learner} a une dispense ou une note conservée en ${units.join(', ')}`,
  cohortNotEmpty: (name: string, groups: number, learners: number) =>
    `La promotion « ${name} » contient encore ` +
    [groups ? plural(groups, 'groupe') : '', learners ? plural(learners, 'apprenant') : '']
      .filter(Boolean)
      .join(' et ') +
    ' : elle ne peut pas être supprimée. Archivez-la plutôt, ou videz-la d’abord.',
  groupHasHistory: (name: string) =>
    `Le groupe « ${name} » a déjà accueilli des apprenants : il est conservé pour garder l’historique ` +
    'de leurs parcours. Renommez-le si besoin.',
  groupInUse: (name: string, uses: string) =>
    `Le groupe « ${name} » ne peut pas être supprimé : il est lié à ${uses}.`,
  cohortInUse: (name: string, uses: string) =>
    `La promotion « ${name} » ne peut pas être supprimée : elle est liée à ${uses}. Archivez-la plutôt.`,
  learnerNotInCohort: (learner: string) => `${learner} n’appartient à aucune promotion.`,
} as const;

/** Labels of the cohort and group screens. */
export const cohortsFr = {
  title: 'Promotions & groupes',
  intro: 'Promotions, groupes de 5 à 30 apprenants et formateurs de chaque promotion.',
  listLabel: 'Liste des promotions',
  showArchived: 'Afficher les promotions archivées',
  create: 'Nouvelle promotion',
  createTitle: 'Nouvelle promotion',
  editTitle: 'Modifier la promotion',
  created: (name: string) => `Promotion « ${name} » créée.`,
  updated: (name: string) => `Promotion « ${name} » enregistrée.`,
  name: 'Nom',
  programme: 'Programme',
  startDate: 'Début',
  endDate: 'Fin',
  dates: 'Dates',
  years: 'Années',
  yearFrom: 'Première année de formation',
  yearTo: 'Dernière année de formation',
  yearLabel: (year: number) => (year === 1 ? '1re année' : `${year}e année`),
  yearsRange: (from: number, to: number) =>
    from === to
      ? from === 1
        ? '1re année'
        : `${from}e année`
      : `${from === 1 ? '1re' : `${from}e`} → ${to === 1 ? '1re' : `${to}e`} année`,
  holidayZone: 'Zone de vacances',
  zone: 'Zone',
  zoneLabel: (zone: string) => `Zone ${zone}`,
  alsaceMoselle: 'Alsace-Moselle',
  alsaceMoselleHelp: 'ajoute le Vendredi saint et le 26 décembre aux jours fériés',
  site: 'Site',
  groups: 'Groupes',
  learners: 'Apprenants',
  archivedChip: 'Archivée',
  archivedBanner:
    'Cette promotion est archivée : elle est en lecture seule (consultation et exports restent possibles).',
  open: (name: string) => `Ouvrir ${name}`,
  back: 'Toutes les promotions',
  edit: 'Modifier',
  archive: 'Archiver',
  unarchive: 'Désarchiver',
  confirmArchive: (name: string) =>
    `Archiver la promotion « ${name} » ? Elle passera en lecture seule ; ses documents resteront imprimables.`,
  confirmUnarchive: (name: string) =>
    `Désarchiver la promotion « ${name} » ? Elle pourra de nouveau être modifiée.`,
  archivedDone: (name: string) => `Promotion « ${name} » archivée.`,
  unarchivedDone: (name: string) => `Promotion « ${name} » désarchivée.`,
  remove: 'Supprimer',
  confirmDelete: (name: string) => `Supprimer définitivement la promotion « ${name} » ?`,
  deleted: (name: string) => `Promotion « ${name} » supprimée.`,
  exportRoster: 'Exporter la promotion (XLSX)',
  importLearners: 'Importer des apprenants',
  noCohorts: 'Aucune promotion pour l’instant.',
  programmeMissing: 'Aucun programme disponible : créez d’abord un programme.',
} as const;

export const groupsFr = {
  sectionTitle: 'Groupes',
  none: 'Aucun groupe dans cette promotion. Créez-en un puis ajoutez-y des apprenants.',
  create: 'Nouveau groupe',
  createTitle: 'Nouveau groupe',
  renameTitle: (name: string) => `Renommer le groupe « ${name} »`,
  name: 'Nom du groupe',
  created: (name: string) => `Groupe « ${name} » créé.`,
  renamed: (name: string) => `Groupe « ${name} » renommé.`,
  count: (n: number, max: number) => `${n} / ${max} apprenants`,
  learnersOf: (name: string) => `Apprenants du groupe ${name}`,
  since: 'Depuis',
  sinceDate: (date: string) => `depuis le ${date}`,
  empty: 'Aucun apprenant dans ce groupe.',
  actionsOf: (name: string) => `Actions du groupe ${name}`,
  addLearners: 'Ajouter des apprenants',
  addTitle: (name: string) => `Ajouter des apprenants au groupe « ${name} »`,
  addIntro: (places: number) =>
    places > 0
      ? `Apprenants de la promotion sans groupe. Places restantes : ${places}.`
      : 'Le groupe est complet.',
  addNoneAvailable: 'Tous les apprenants de la promotion sont déjà dans un groupe.',
  add: 'Ajouter',
  added: (n: number, group: string) => `${plural(n, 'apprenant')} ajouté${n > 1 ? 's' : ''} à « ${group} ».`,
  from: 'À partir du',
  rename: 'Renommer',
  remove: 'Supprimer le groupe',
  confirmDelete: (name: string) => `Supprimer le groupe « ${name} » ?`,
  deleted: (name: string) => `Groupe « ${name} » supprimé.`,
  exportList: 'Exporter la liste (XLSX)',
  move: 'Changer de groupe',
  moveTitle: (learner: string) => `Changer ${learner} de groupe`,
  moveTarget: 'Nouveau groupe',
  moveHelp: 'L’appartenance au groupe actuel se termine à cette date ; elle reste dans l’historique.',
  moved: (learner: string, group: string) => `${learner} est maintenant dans « ${group} ».`,
  moveNoTarget: 'La promotion n’a pas d’autre groupe.',
  removeLearner: 'Retirer du groupe',
  removeTitle: (learner: string, group: string) => `Retirer ${learner} du groupe « ${group} »`,
  removeHelp: 'L’apprenant reste dans la promotion, sans groupe ; son passage dans le groupe est conservé.',
  removed: (learner: string) => `${learner} est retiré de son groupe.`,
  learnerActions: (learner: string) => `Actions pour ${learner}`,
  ungroupedTitle: 'Sans groupe',
  ungroupedEmpty: 'Tous les apprenants de la promotion sont dans un groupe.',
  trainersTitle: 'Formateurs de la promotion',
  trainersIntro: 'Formateurs qui enseignent une matière du programme — la liste remise aux apprenants.',
  trainersEmpty: 'Aucun formateur n’enseigne encore une matière de ce programme.',
  trainerName: 'Formateur',
  trainerSubjects: 'Matières',
  surname: 'Nom',
  firstName: 'Prénom',
  status: 'Statut',
} as const;
