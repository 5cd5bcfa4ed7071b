import { isoWeekNumber } from '../../domain/calendar/dates';
import { formatDateLong, formatDateShort } from '../../format/fr';
import { slotLabelsFr, weekdayShortNamesFr } from './calendar';

type Slot = 'morning' | 'afternoon' | 'evening';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
/** "08:15" as a French timetable prints it: "8h15". */
const clock = (time: string) => time.replace(/^0(\d)/, '$1').replace(':', 'h');

/** The working prints (not issued to anyone, not archived): roster, trainer list, week sheets. */
export const printsFr = {
  /** A group's roster on a date, A4 portrait. */
  roster: {
    title: 'Liste des apprenants',
    documentTitle: (cohort: string, group: string) => `Liste des apprenants — ${group} (${cohort})`,
    subtitle: (cohort: string, group: string, programme: string) => `${group} — ${cohort} — ${programme}`,
    onDate: (date: string) => `Au ${formatDateLong(date)}`,
    continued: (cohort: string, group: string) => `Liste des apprenants (suite) — ${group} (${cohort})`,
    count: (n: number) => plural(n, 'apprenant'),
    columns: {
      number: 'N°',
      learner: 'Apprenant',
      birthDate: 'Né(e) le',
      route: 'Voie d’accès',
      employer: 'Employeur',
      tutor: 'Tuteur',
      contact: 'Contact',
    },
    route: (route: string, funding: string | null) => (funding ? `${route} (${funding})` : route),
    empty: 'Aucun apprenant dans ce groupe à cette date.',
    fileName: (cohort: string, group: string, date: string) => `Liste_${cohort}_${group}_${date}`,
  },
  /** The trainers of a cohort, A4 portrait. */
  trainers: {
    title: 'Équipe pédagogique',
    documentTitle: (cohort: string) => `Équipe pédagogique — ${cohort}`,
    subtitle: (cohort: string, programme: string) => `${cohort} — ${programme}`,
    dates: (from: string, to: string) => `Formation du ${formatDateLong(from)} au ${formatDateLong(to)}`,
    count: (n: number) => plural(n, 'formateur'),
    continued: (cohort: string) => `Équipe pédagogique (suite) — ${cohort}`,
    columns: {
      trainer: 'Formateur',
      subjects: 'Matières',
      groups: 'Groupes',
      email: 'Courriel',
      phone: 'Téléphone',
    },
    empty:
      'Aucun formateur n’enseigne encore à cette promotion : indiquez qui enseigne quoi sur la page de la promotion, ou planifiez des séances.',
    fileName: (cohort: string) => `Formateurs_${cohort}`,
  },
  /** A group's attendance sheets for a week, A4 landscape. */
  week: {
    title: 'Feuille d’émargement de la semaine',
    documentTitle: (cohort: string, group: string, monday: string) =>
      `Émargement — ${group} (${cohort}) — semaine du ${formatDateShort(monday)}`,
    period: (monday: string, last: string) =>
      `Semaine ${isoWeekNumber(monday)} — du ${formatDateLong(monday)} au ${formatDateLong(last)}`,
    group: (cohort: string, group: string) => `Groupe : ${group} (${cohort})`,
    action: (title: string) => `Action : ${title}`,
    count: (n: number) => plural(n, 'apprenant'),
    continued: (group: string, monday: string, page: number) =>
      `Feuille d’émargement de la semaine (suite ${page}) — ${group} — semaine du ${formatDateShort(monday)}`,
    learner: 'Apprenant',
    day: (date: string, weekday: number) =>
      `${capitalize(weekdayShortNamesFr[weekday]!)} ${formatDateShort(date).slice(0, 5)}`,
    slot: (slot: Slot, start: string, end: string) => `${slotLabelsFr[slot]} ${clock(start)}–${clock(end)}`,
    noTrainer: 'sans formateur',
    trainerRow: 'Signature du formateur',
    notMember: 'hors groupe',
    paper: 'signée sur papier',
    blank: 'À signer par chaque apprenant, à chaque demi-journée, en présence du formateur.',
    filled: (at: string) => `Présences et signatures enregistrées dans Carnet au ${formatDateShort(at)}.`,
    noSessions: (group: string, monday: string) =>
      `Aucune séance n’est planifiée pour ${group} la semaine du ${formatDateLong(monday)} : il n’y a pas de feuille à imprimer.`,
    fileName: (cohort: string, group: string, monday: string, filled: boolean) =>
      `Emargement_semaine_${cohort}_${group}_${monday}${filled ? '_rempli' : ''}`,
  },
  /** Buttons of the screens that print them. */
  screen: {
    roster: 'Liste (PDF)',
    rosterLabel: (group: string) => `Imprimer la liste des apprenants de ${group} (PDF)`,
    trainers: 'Équipe pédagogique (PDF)',
    trainersLabel: 'Imprimer la liste des formateurs de la promotion (PDF)',
    weekSheets: 'Feuilles de la semaine',
    weekDialogTitle: 'Feuilles d’émargement de la semaine',
    weekIntro:
      'Une page par groupe et par semaine : une case de signature par apprenant et par demi-journée planifiée, et la case du formateur.',
    group: 'Groupe',
    date: 'Semaine du',
    dateHelp: (monday: string, saturday: string) =>
      `Du ${formatDateLong(monday)} au ${formatDateLong(saturday)}`,
    blank: 'Vierge (PDF)',
    filled: 'Remplie (PDF)',
    blankHelp: 'Vierge : à faire signer sur papier. Remplie : avec les présences et signatures enregistrées.',
    close: 'Fermer',
    noGroups: 'Aucun groupe : créez-en un dans Promotions.',
  },
};
