import { formatDateShort, formatNumber } from '../../format/fr';
import { atFr } from './attendance';
import type { LastChange } from './concurrency';
import { marksFr } from './marks';

/**
 * Refusals of a mark, a paste, an appreciation or an evaluation saved from a stale read
 * (shared/api/versions.ts): who changed it, when, what it holds now, and that what the person
 * typed was not saved — their screen keeps it so they can decide.
 */

const byWhen = (last: LastChange | null) =>
  last ? `par ${last.by ?? 'un autre poste'} ${atFr(last.at)}` : 'par quelqu’un d’autre';

/** A long appreciation quoted in a sentence: its start, the screen shows the whole text. */
const EXCERPT = 240;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

/** "Devoir" → "devoir", but "CCF" and "BTS blanc" keep their capitals. */
const inSentence = (label: string) =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase('fr-FR') + label.slice(1) : label;

/** Cells quoted in a refusal: the first five, then how many more. */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(' ; ');
  const more = items.length - 5;
  return more > 0 ? `${shown} ; et ${more} autre${more > 1 ? 's' : ''}` : shown;
}

export const concurrencyMarksFr = {
  /** One cell: `now` and `typed` as the cell shows them ("12,5", "ABS", "" for empty). */
  staleMark: (learner: string, evaluation: string, last: LastChange | null, now: string, typed: string) =>
    `La note de ${learner} à « ${evaluation} » a été ${now === '' ? 'effacée' : 'modifiée'} ${byWhen(last)}` +
    (now === '' ? '' : ` : ${now}`) +
    (typed === ''
      ? ' — votre effacement n’a pas été enregistré. Effacez-la de nouveau si elle doit disparaître.'
      : ` — votre saisie ${typed} n’a pas été enregistrée. Retapez-la si elle doit remplacer la note actuelle.`),

  /** One stale cell of a paste, a fill or an undo, as the refusal lists it. */
  staleCell: (learner: string, evaluation: string, last: LastChange | null, now: string) =>
    `${learner}, « ${evaluation} » : ${now === '' ? 'effacée' : now} (${byWhen(last)})`,
  staleCells: (cells: readonly string[]) =>
    `${cells.length > 1 ? `${cells.length} notes ont été modifiées` : '1 note a été modifiée'} ` +
    `par quelqu’un d’autre depuis que vous avez ouvert la feuille : rien n’a été enregistré. ${listed(cells)}. ` +
    'La feuille montre maintenant les notes actuelles : refaites la modification si vos valeurs doivent les remplacer.',

  /** `about` says whose and which: "de Léa Martin en « Anglais »", "générale de Léa Martin". */
  staleAppreciation: (about: string, last: LastChange | null, now: string) =>
    `L’appréciation ${about} a été ${now === '' ? 'effacée' : 'modifiée'} ${byWhen(last)}, après que vous l’avez ouverte.` +
    (now === ''
      ? ''
      : ` Elle est maintenant : « ${excerpt(now)} »${/[.!?…]$/.test(excerpt(now)) ? '' : '.'}`) +
    ' Votre texte n’a pas été enregistré ; il reste dans le champ : gardez-le pour remplacer la version actuelle, ou reprenez celle-ci.',
  appreciationOfSubject: (learner: string, subject: string) => `de ${learner} en « ${subject} »`,
  generalAppreciationOf: (learner: string) => `générale de ${learner}`,

  /** `now` from evaluationNow. */
  staleEvaluation: (last: LastChange | null, now: string) =>
    `Cette évaluation a été modifiée ${byWhen(last)}, après que vous l’avez ouverte. Elle est maintenant : ${now}. ` +
    'Rien n’a été enregistré : relisez-la, puis enregistrez de nouveau si votre modification doit la remplacer.',
  staleEvaluationDelete: (last: LastChange | null, now: string) =>
    `Cette évaluation a été modifiée ${byWhen(last)}, après que vous l’avez ouverte ; elle n’a pas été supprimée. ` +
    `Elle est maintenant : ${now}. Relisez-la, puis supprimez-la de nouveau si c’est toujours votre intention.`,
  /** An evaluation as a refusal shows it. */
  evaluationNow: (e: {
    title: string;
    kind: keyof typeof marksFr.evaluationKinds;
    date: string;
    coefficient: number;
    scale: number;
  }) =>
    `« ${e.title} », ${inSentence(marksFr.evaluationKinds[e.kind])} du ${formatDateShort(e.date)}, ` +
    `coefficient ${formatNumber(e.coefficient, 2)}, sur ${formatNumber(e.scale, 2)}`,
} as const;
