import type {
  EXCUSE_REASONS,
  JUSTIFICATIONS,
  PRESENCES,
  SHEET_MODES,
  SHEET_STATUSES,
} from '../../api/attendance';
import { CENTRE_TIME_ZONE } from '../../domain/attendance/timing';
import { formatDateLong, formatNumber } from '../../format/fr';

type Slot = 'morning' | 'afternoon' | 'evening';

const SLOT_IN_SENTENCE: Record<Slot, string> = { morning: 'matin', afternoon: 'après-midi', evening: 'soir' };

/** "08:15" → "8 h 15", "13:00" → "13 h", as a French sentence says a time. */
export function clockFr(time: string): string {
  const [h, m] = time.split(':');
  return m === '00' ? `${Number(h)} h` : `${Number(h)} h ${m}`;
}

const instantFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: CENTRE_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant at the centre's time, whatever the machine's zone: "le 03/03/2026 à 12:05". */
export function atFr(instant: string | Date): string {
  const parts = instantFormat.formatToParts(instant instanceof Date ? instant : new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `le ${get('day')}/${get('month')}/${get('year')} à ${get('hour')}:${get('minute')}`;
}

const session = (date: string, slot: Slot) => `du ${formatDateLong(date)} ${SLOT_IN_SENTENCE[slot]}`;

/** Names quoted in a refusal: the first five, then how many more. */
function names(list: readonly string[]): string {
  const shown = list.slice(0, 5).join(', ');
  return list.length > 5 ? `${shown} et ${list.length - 5} autre${list.length > 6 ? 's' : ''}` : shown;
}

const learners = (n: number) => `${n} apprenant${n > 1 ? 's' : ''}`;

/** Labels of the attendance vocabulary, shared by the screens, the documents and the refusals. */
export const presenceLabelsFr: Record<(typeof PRESENCES)[number], string> = {
  present: 'Présent',
  absent: 'Absent',
};

export const justificationLabelsFr: Record<(typeof JUSTIFICATIONS)[number], string> = {
  pending: 'En attente',
  justified: 'Justifiée',
  unjustified: 'Non justifiée',
};

export const excuseReasonLabelsFr: Record<(typeof EXCUSE_REASONS)[number], string> = {
  illness: 'Maladie',
  family: 'Raison familiale',
  transport: 'Problème de transport',
  exam: 'Examen ou concours',
  employer: 'Demande de l’employeur',
  administrative: 'Démarche administrative',
  other: 'Autre (préciser)',
};

export const sheetModeLabelsFr: Record<(typeof SHEET_MODES)[number], string> = {
  screen: 'Signée à l’écran',
  paper: 'Signée sur papier',
};

export const sheetStatusLabelsFr: Record<(typeof SHEET_STATUSES)[number], string> = {
  open: 'Ouverte',
  closed: 'Close',
};

/** Refusals of the attendance handlers (electron/backend/features/attendance). */
export const attendanceFr = {
  sessionNotFound: 'Cette séance n’existe pas (ou plus).',
  /** The sheet's heading: the programme followed and the cohort. */
  actionTitle: (programme: string, cohort: string) => `${programme} — ${cohort}`,
  tooEarly: (date: string, slot: Slot, start: string) =>
    `La séance ${session(date, slot)} commence à ${clockFr(start)} : l’appel ne peut pas être fait ` +
    'avant le début de la séance (une feuille ne se signe pas à l’avance).',
  closed: (by: string | null, at: string) =>
    `Cette feuille a été close${by ? ` par ${by}` : ''} ${atFr(at)} : elle ne peut plus être modifiée. ` +
    'Un responsable pédagogique peut la rouvrir en indiquant le motif.',
  notTheirSession: (trainer: string | null) =>
    (trainer ? `Cette séance est animée par ${trainer}` : 'Cette séance n’a pas de formateur') +
    ' : seul son formateur ou un responsable pédagogique peut faire l’appel.',
  noTrainerRecord:
    'Votre compte n’est relié à aucune fiche formateur : demandez à un responsable pédagogique ' +
    'de le relier (Formateurs › fiche › compte) pour faire l’appel de vos séances.',
  adviserReadOnly: 'Les conseillers consultent les feuilles d’émargement sans les remplir.',
  unknownLearner: 'Cet apprenant n’existe pas (ou plus).',
  notOnSheet: (learner: string, group: string, date: string) =>
    `${learner} n’était pas dans le groupe ${group} le ${formatDateLong(date)} : ` +
    'il ou elle ne figure pas sur cette feuille.',
  duplicateEntry: (learner: string) => `${learner} apparaît deux fois dans l’appel : gardez une seule ligne.`,
  otherNeedsNote: 'Précisez le motif « Autre » dans la note.',
  signNotPresent: (learner: string) =>
    `${learner} n’est pas enregistré(e) présent(e) : seule une personne présente signe la feuille.`,
  notPng: 'La signature reçue n’est pas une image PNG : signez à nouveau dans le cadre.',
  emptySheet: (group: string, date: string) =>
    `Aucun apprenant n’est inscrit dans le groupe ${group} le ${formatDateLong(date)} : ` +
    'il n’y a pas de feuille à clore.',
  notRecorded: (list: readonly string[]) =>
    `Impossible de clore la feuille : ${learners(list.length)} pas encore ` +
    `enregistré${list.length > 1 ? 's' : ''} (${names(list)}).`,
  notSigned: (list: readonly string[]) =>
    `Impossible de clore la feuille à l’écran : ${learners(list.length)} présent${list.length > 1 ? 's' : ''} ` +
    `n’${list.length > 1 ? 'ont' : 'a'} pas signé (${names(list)}). Faites-les signer, ou choisissez la feuille papier.`,
  trainerSignatureMissing:
    'Le formateur signe la feuille avant de la clore : signez dans le cadre du formateur.',
  notClosed: 'Cette feuille n’est pas close : il n’y a rien à rouvrir.',
  noScan: 'Aucun scan n’est joint à cette feuille.',
} as const;

/** Refusals about a file sent to be kept (scan of a paper sheet, absence document, signature). */
export const storedFilesFr = {
  unreadable: (name: string) => `Le fichier « ${name} » n’a pas pu être lu : envoyez-le à nouveau.`,
  empty: (name: string) => `Le fichier « ${name} » est vide.`,
  tooLarge: (name: string, bytes: number, limitBytes: number) =>
    `Le fichier « ${name} » pèse ${formatNumber(bytes / 1_048_576, 1)} Mo : la limite est de ` +
    `${formatNumber(limitBytes / 1_048_576, 0)} Mo. Numérisez-le en niveaux de gris ou à 150 ppp, puis réessayez.`,
  wrongType: (name: string) =>
    `Le fichier « ${name} » n’est ni un PDF ni une image PNG ou JPEG : enregistrez-le dans l’un de ces formats.`,
} as const;
