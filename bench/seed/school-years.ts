import type { Output } from '../../shared/api/index';
import { parisInstant } from '../../shared/domain/attendance/timing';
import { addDays, maxDate, minDate, mondayOf } from '../../shared/domain/calendar/dates';
import type { Backend } from '../lib/registry';
import { writeAppreciations } from './appreciations';
import { DETAILED_FROM, OPEN_SHEETS_FROM, SEED_TODAY } from './centre';
import type { CohortRecord } from './cohort';
import { planEvaluations, subjectDays } from './evaluation-plan';
import { writeMarks } from './marks';
import type { Prng } from './prng';
import { Profiles } from './profiles';
import { recordWeek, type RollCallData } from './roll-calls';

type Subjects = Output<'programmes.get'>['subjects'];
type Period = Output<'periods.generate'>[number];

export interface SchoolTally {
  sheets: number;
  absences: number;
  evaluations: number;
  marks: number;
  codes: number;
  appreciations: number;
  closedPeriods: number;
}

const emptyTally = (): SchoolTally => ({
  sheets: 0,
  absences: 0,
  evaluations: 0,
  marks: 0,
  codes: 0,
  appreciations: 0,
  closedPeriods: 0,
});

interface Event {
  at: Date;
  run(tally: SchoolTally): Promise<void>;
}

/** "2019-2020": the school year (September to August) an instant falls in. */
const schoolYear = (at: Date) => {
  const year = at.getUTCFullYear() - (at.getUTCMonth() < 7 ? 1 : 0);
  return `${year}-${year + 1}`;
};

/**
 * The years the centre lived through, replayed in order so that every write carries the date it
 * would have had: each Friday evening the week's paper sheets are recorded and closed (from
 * DETAILED_FROM, the last week before the seed's today left open), a week after each semester
 * its evaluations are entered with their marks, the appreciations written (from DETAILED_FROM)
 * and the semester closed; the semesters under way get their marks so far. All of it as the
 * pedagogical manager, signing in again when the clock jumps past her session's idle timeout.
 */
export async function replaySchoolYears(
  b: Backend,
  rng: Prng,
  cohorts: readonly CohortRecord[],
  subjectsOf: (programmeId: number) => Subjects,
  log: (line: string) => void,
): Promise<SchoolTally> {
  const profiles = new Profiles();
  const events = [
    ...rollCallWeeks(b, rng, cohorts, profiles),
    ...periodEvents(b, rng, cohorts, subjectsOf, profiles),
  ];
  events.sort((x, y) => x.at.getTime() - y.at.getTime());

  const total = emptyTally();
  let year = emptyTally();
  let label = schoolYear(events[0]!.at);
  let started = performance.now();
  /** Prints the school year just replayed and adds it to the total. */
  const report = () => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const parts = [
      year.sheets > 0 ? `${year.sheets} feuilles d’émargement closes (${year.absences} absences)` : null,
      `${year.evaluations} évaluations`,
      `${year.marks} notes et ${year.codes} codes`,
      year.appreciations > 0 ? `${year.appreciations} appréciations` : null,
      `${year.closedPeriods} semestre${year.closedPeriods > 1 ? 's' : ''} clos`,
    ];
    log(`${label} : ${parts.filter(Boolean).join(', ')} (${seconds} s)`);
    for (const key of Object.keys(total) as (keyof SchoolTally)[]) total[key] += year[key];
  };
  for (const event of events) {
    if (schoolYear(event.at) !== label) {
      report();
      year = emptyTally();
      label = schoolYear(event.at);
      started = performance.now();
    }
    await b.moveClock(event.at);
    await event.run(year);
  }
  report();
  return total;
}

/** Friday 18:30 of every week someone was in centre, from DETAILED_FROM to the last full week. */
function rollCallWeeks(b: Backend, rng: Prng, cohorts: readonly CohortRecord[], profiles: Profiles): Event[] {
  const data: RollCallData = {
    learners: new Map(cohorts.flatMap((c) => c.groups.map((g) => [g.id, g.learners] as const))),
    internships: new Map(cohorts.flatMap((c) => [...c.internships])),
    profiles,
  };
  const years = cohorts.flatMap((c) => c.plan.years);
  const events: Event[] = [];
  for (let monday = mondayOf(DETAILED_FROM); monday < OPEN_SHEETS_FROM; monday = addDays(monday, 7)) {
    const friday = addDays(monday, 4);
    if (!years.some((y) => y.from <= friday && monday <= y.to)) continue;
    events.push({
      at: parisInstant(friday, '18:30'),
      async run(tally) {
        const week = await recordWeek(b, rng, data, monday);
        tally.sheets += week.sheets;
        tally.absences += week.absences;
      },
    });
  }
  return events;
}

/**
 * A week after each finished semester (the conseil de classe): evaluations, marks,
 * appreciations (from DETAILED_FROM), then the semester closed. On the seed's today: the marks
 * of the semesters under way.
 */
function periodEvents(
  b: Backend,
  rng: Prng,
  cohorts: readonly CohortRecord[],
  subjectsOf: (programmeId: number) => Subjects,
  profiles: Profiles,
): Event[] {
  const events: Event[] = [];
  for (const cohort of cohorts) {
    cohort.periods.forEach((period, index) => {
      const council = addDays(period.endDate, 7);
      const finished = council < SEED_TODAY;
      if (!finished && period.startDate >= SEED_TODAY) return;
      events.push({
        at: finished ? parisInstant(council, '17:00') : parisInstant(SEED_TODAY, '08:00'),
        run: (tally) =>
          semester(b, rng, profiles, tally, {
            cohort,
            period,
            semester: index + 1,
            finished,
            appreciations: finished && period.endDate >= DETAILED_FROM,
            subjectsOf,
          }),
      });
    });
  }
  return events;
}

async function semester(
  b: Backend,
  rng: Prng,
  profiles: Profiles,
  tally: SchoolTally,
  target: {
    cohort: CohortRecord;
    period: Period;
    semester: number;
    finished: boolean;
    appreciations: boolean;
    subjectsOf: (programmeId: number) => Subjects;
  },
): Promise<void> {
  const { cohort, period, finished } = target;
  const year = cohort.plan.years[period.trainingYear - 1]!;
  const from = maxDate(period.startDate, year.from);
  const to = minDate(period.endDate, year.to);
  const subjects = target.subjectsOf(cohort.programmeId).map((s) => ({
    id: s.id,
    name: s.name,
    hours: period.trainingYear === 1 ? s.hoursYear1 : s.hoursYear2,
    unitCode: s.unitCode,
  }));
  for (const [g, group] of cohort.groups.entries()) {
    const evaluations = planEvaluations(rng, {
      subjects,
      days: (subjectId) => subjectDays(cohort.layouts[g]!, g, subjectId, from, to),
      semester: target.semester,
      until: finished ? addDays(to, 1) : SEED_TODAY,
    });
    const { tally: marks, results } = await writeMarks(b, rng, profiles, {
      groupId: group.id,
      periodId: period.id,
      learners: group.learners,
      evaluations,
      recentFrom: finished ? null : addDays(SEED_TODAY, -14),
    });
    tally.evaluations += marks.evaluations;
    tally.marks += marks.marks;
    tally.codes += marks.codes;
    if (target.appreciations) {
      tally.appreciations += await writeAppreciations(b, rng, { periodId: period.id, results });
    }
  }
  if (finished) {
    await b.call('periods.close', { id: period.id });
    tally.closedPeriods++;
  }
}
