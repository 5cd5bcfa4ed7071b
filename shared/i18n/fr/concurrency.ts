import { formatDateLong } from '../../format/fr';
import { atFr } from './attendance';
import { slotInSentenceFr } from './planning';

/** Who changed a record last, and when, as the audit log tells it (null: not recorded). */
export interface LastChange {
  by: string | null;
  at: string;
}

const changedBy = (last: LastChange | null) =>
  last ? `par ${last.by ?? 'un autre poste'} ${atFr(last.at)}` : 'par quelqu’un d’autre';

/** Refusals of a save made from a stale read (optimistic concurrency). */
export const concurrencyFr = {
  /** `what` names the record ("Cette séance"), `now` says what it holds now. */
  stale: (what: string, last: LastChange | null, now: string) =>
    `${what} a été modifiée ${changedBy(last)}, après que vous l’avez ouverte. ` +
    `Elle est maintenant : ${now}. Rien n’a été enregistré : rechargez-la, puis refaites votre modification si elle est toujours utile.`,
  staleDelete: (what: string, last: LastChange | null, now: string) =>
    `${what} a été modifiée ${changedBy(last)}, après que vous l’avez ouverte ; elle n’a pas été supprimée. ` +
    `Elle est maintenant : ${now}. Rechargez-la, puis supprimez-la si c’est toujours votre intention.`,
  sessionWhat: 'Cette séance',
  /** Said when a dialog closes after a refusal: the screen was read again. */
  reloaded: 'Le planning a été relu : il montre maintenant les dernières modifications.',
  /** A planned session as the refusal shows it. */
  sessionNow: (s: {
    subjectName: string;
    groupName: string;
    trainerName: string | null;
    roomName: string | null;
    modality: 'onsite' | 'distance' | 'work';
    date: string;
    slot: 'morning' | 'afternoon' | 'evening';
    note: string | null;
  }) =>
    [
      `${s.subjectName} avec ${s.groupName}`,
      s.trainerName ?? 'sans formateur',
      s.modality === 'distance'
        ? 'à distance'
        : s.modality === 'work'
          ? 'en entreprise'
          : s.roomName
            ? `salle ${s.roomName.replace(/^salle\s+/i, '')}`
            : 'sans salle',
      `le ${formatDateLong(s.date)} ${slotInSentenceFr[s.slot]}`,
      ...(s.note ? [`note « ${s.note} »`] : []),
    ].join(', '),
} as const;
