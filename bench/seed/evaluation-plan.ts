import type { Input } from '../../shared/api/index';
import { addDays, mondayOf } from '../../shared/domain/calendar/dates';
import { publicHolidays } from '../../shared/domain/calendar/public-holidays';
import type { Prng } from './prng';
import { isCentreWeek, type LaneEntry } from './timetable';

/**
 * What a group is evaluated on in a semester: about 20 evaluations (so about 40 a training year),
 * shared by the subjects in proportion to their hours, each dated on a half-day the group has
 * that subject in centre. Homework mostly, orals in the spoken subjects, a CCF situation in the
 * units the centre assesses itself (U5, U6) in the second year, and the BTS blanc of every unit
 * in the last semester.
 */

export const EVALUATIONS_PER_SEMESTER = 20;

export interface PlanSubject {
  id: number;
  name: string;
  hours: number;
  unitCode: string | null;
}

export type PlannedEvaluation = Omit<Input<'evaluations.create'>, 'groupId' | 'periodId'> & {
  subjectId: number;
  date: string;
};

const TOPICS: readonly [RegExp, readonly string[]][] = [
  [/culture générale/i, ['synthèse de documents', 'écriture personnelle', 'l’argumentation']],
  [/anglais|langue/i, ['compréhension orale', 'expression écrite', 'jeu de rôle client']],
  [
    /économi|droit|management des entreprises|juridique/i,
    ['le contrat de vente', 'l’entreprise et son marché', 'la concurrence', 'la responsabilité du vendeur'],
  ],
  [/distance|digital/i, ['l’e-mailing', 'les réseaux sociaux', 'le site marchand', 'la relation omnicanale']],
  [
    /réseaux|équipe/i,
    ['l’animation d’un réseau', 'le salon professionnel', 'la franchise', 'le recrutement'],
  ],
  [
    /négociation|clientèle|relation client/i,
    [
      'la découverte du client',
      'le traitement des objections',
      'la conclusion de la vente',
      'la prospection',
    ],
  ],
];
const SPOKEN = /anglais|langue|négociation|relation client$/i;
const CCF_UNITS = new Set(['U5', 'U6']);

const topicsOf = (name: string) => TOPICS.find(([re]) => re.test(name))?.[1] ?? ['étude de cas', 'projet'];

/** Largest remainder, at least one each: 20 for the BTS NDRC gives U4 4, U5 4, U6 3… */
export function evaluationCounts(subjects: readonly PlanSubject[], total: number): number[] {
  const hours = subjects.reduce((sum, s) => sum + s.hours, 0);
  const shares = subjects.map((s) => (s.hours / hours) * total);
  const counts = shares.map((share) => Math.max(1, Math.floor(share)));
  const order = shares.map((share, i) => ({ i, rest: share - Math.floor(share) }));
  order.sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < total; k++) counts[order[k % order.length]!.i]! += 1;
  return counts;
}

/** The dates from `from` to `to` on which the group has the subject in centre (no public holiday). */
export function subjectDays(
  layout: readonly LaneEntry[],
  group: number,
  subjectId: number,
  from: string,
  to: string,
): string[] {
  const onsite = layout.filter((e) => e.subjectId === subjectId && e.modality === 'onsite');
  const entries = onsite.length > 0 ? onsite : layout.filter((e) => e.subjectId === subjectId);
  const holidays = new Set(
    [Number(from.slice(0, 4)), Number(to.slice(0, 4))].flatMap((y) => publicHolidays(y).map((h) => h.date)),
  );
  const days: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) {
    if (!isCentreWeek(monday, group)) continue;
    for (const weekday of new Set(entries.map((e) => e.weekday))) {
      const day = addDays(monday, weekday - 1);
      if (day >= from && day <= to && !holidays.has(day)) days.push(day);
    }
  }
  return days.sort();
}

/**
 * The semester's evaluations of one group, in date order, up to `until` (excluded) for the
 * period in progress: the whole semester is planned, then only what already took place is kept,
 * so a semester under way holds its share of evaluations so far.
 */
export function planEvaluations(
  rng: Prng,
  target: {
    subjects: readonly PlanSubject[];
    days: (subjectId: number) => string[];
    /** 1 to 4: the semester of the two-year course. */
    semester: number;
    until: string;
  },
): PlannedEvaluation[] {
  const total = EVALUATIONS_PER_SEMESTER + rng.int(-1, 1);
  const counts = evaluationCounts(target.subjects, total);
  const planned: PlannedEvaluation[] = [];
  target.subjects.forEach((subject, s) => {
    const days = target.days(subject.id);
    const count = Math.min(counts[s]!, days.length);
    const topics = topicsOf(subject.name);
    const numbers = { homework: 0, oral: 0, ccf: 0 };
    for (let k = 0; k < count; k++) {
      // Spread over the semester: the k-th in the middle of the k-th slice of its days.
      const date = days[Math.floor(((k + 0.5) * days.length) / count)]!;
      const mock = target.semester === 4 && subject.unitCode !== null && k === Math.floor(count / 2);
      const ccf = !mock && target.semester >= 3 && CCF_UNITS.has(subject.unitCode ?? '') && k === count - 1;
      const oral = !mock && !ccf && SPOKEN.test(subject.name) && k % 3 === 1;
      const topic = topics[rng.int(0, topics.length - 1)]!;
      const base = { subjectId: subject.id, date };
      if (mock) {
        const title = `BTS blanc — épreuve ${subject.unitCode}`;
        planned.push({ ...base, title, kind: 'mock_exam', coefficient: 3, unitCode: subject.unitCode });
      } else if (ccf) {
        const title = `CCF — situation n° ${++numbers.ccf} : ${topic}`;
        planned.push({ ...base, title, kind: 'ccf', coefficient: 2 });
      } else if (oral) {
        planned.push({
          ...base,
          title: `Oral n° ${++numbers.oral} : ${topic}`,
          kind: 'oral',
          coefficient: 1,
        });
      } else {
        // One homework in ten is a quick test marked out of 10.
        const quiz = rng.chance(0.1);
        planned.push({
          ...base,
          title: `${quiz ? 'Test' : 'Devoir'} n° ${++numbers.homework} : ${topic}`,
          kind: 'homework',
          coefficient: quiz ? 1 : rng.chance(0.3) ? 2 : 1,
          scale: quiz ? 10 : 20,
        });
      }
    }
  });
  return planned.filter((e) => e.date < target.until).sort((a, b) => a.date.localeCompare(b.date));
}
