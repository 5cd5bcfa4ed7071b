import { weekdayNamesFr } from './calendar';

type Slot = 'morning' | 'afternoon' | 'evening';

const slotWord: Record<Slot, string> = { morning: 'matin', afternoon: 'après-midi', evening: 'soir' };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
/** "12" and "Salle 12" both read "salle 12", as in the refusals on save. */
const room = (name: string) => `salle ${name.replace(/^salle\s+/i, '')}`;

/**
 * Who is free on a half-day (planning.availability) and how the session dialog says it before
 * anything is saved. The labels name a session as the grid does: its group, then its subject.
 */
export const availabilityFr = {
  // Built by the backend.
  /** The session holding a trainer or a room: "G1 — Relation client et négociation-vente". */
  sessionLabel: (group: string, subject: string) => `${group} — ${subject}`,
  /** A group of another cohort, named with it: two cohorts may both have a "Groupe A". */
  otherCohortGroup: (group: string, cohort: string) => `${group} (${cohort})`,
  /** The group's own session: "Anglais — Marc Leroy". */
  groupSessionLabel: (subject: string, trainer: string | null) =>
    `${subject} — ${trainer ?? 'sans formateur'}`,

  // The options of the trainer and room selects.
  qualified: 'enseigne cette matière',
  notQualified: 'n’enseigne pas cette matière',
  trainerBusy: (session: string) => `occupé : ${session}`,
  roomBusy: (session: string) => `occupée : ${session}`,
  unavailable: (weekday: number, slot: Slot) =>
    `indisponible le ${weekdayNamesFr[weekday] ?? ''} ${slotWord[slot]}`,
  tooSmall: (capacity: number, groupSize: number) =>
    `salle trop petite (${plural(capacity, 'place')} pour ${groupSize})`,

  // Under the field, about the trainer or room chosen.
  trainerHelp: 'Les formateurs libres qui enseignent la matière sont en tête de liste.',
  chosenTrainerBusy: (session: string) =>
    `Anime déjà ${session} sur cette demi-journée : l’enregistrement sera refusé.`,
  chosenRoomBusy: (session: string) =>
    `Déjà occupée par ${session} sur cette demi-journée : l’enregistrement sera refusé.`,
  chosenUnavailable: (weekday: number, slot: Slot) =>
    `En dehors des disponibilités déclarées (${weekdayNamesFr[weekday] ?? ''} ${slotWord[slot]}) : ` +
    'confirmez avec le formateur.',
  chosenNotQualified: 'Ne figure pas parmi les formateurs de cette matière : vérifiez sa fiche.',
  chosenTooSmall: (capacity: number, groupSize: number) =>
    `${plural(capacity, 'place')} pour ${plural(groupSize, 'apprenant')} : l’enregistrement sera refusé.`,

  // Above the fields, what refuses any session on that half-day.
  groupBusy: (group: string, session: string) =>
    `${group} a déjà une séance sur cette demi-journée (${session}) : choisissez-en une autre.`,

  // Duplicate dialog: the copy keeps its trainer and room.
  copyTrainerBusy: (trainer: string, session: string) =>
    `${trainer} anime déjà ${session} sur cette demi-journée.`,
  copyRoomBusy: (name: string, session: string) =>
    `La ${room(name)} est déjà occupée par ${session} sur cette demi-journée.`,
  copyRoomTooSmall: (name: string, capacity: number, groupSize: number) =>
    `La ${room(name)} n’a que ${plural(capacity, 'place')} pour ${plural(groupSize, 'apprenant')}.`,
  copyTrainerUnavailable: (trainer: string, weekday: number, slot: Slot) =>
    `${trainer} n’a pas déclaré de disponibilité le ${weekdayNamesFr[weekday] ?? ''} ${slotWord[slot]}.`,
  allFree: 'Rien ne bloque la copie sur cette demi-journée.',
} as const;
