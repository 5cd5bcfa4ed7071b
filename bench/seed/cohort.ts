import { addDays } from '../../shared/domain/calendar/dates';
import type { Output } from '../../shared/api/index';
import type { Backend } from '../lib/registry';
import { GROUPS_PER_COHORT, LEARNERS_PER_GROUP, type CohortPlan } from './centre';
import { learnerInput } from './people';
import type { Prng } from './prng';
import { startsWith, type LaneEntry } from './timetable';

export interface CohortTally {
  learners: number;
  sessions: number;
  skipped: { company: number; holiday: number; other: number };
  /** The first few "other" reasons: a collision the timetable should have avoided. */
  otherReasons: string[];
  internships: number;
  ownDays: number;
}

/** What the later years of the seed need to know of an intake it wrote. */
export interface CohortRecord {
  plan: CohortPlan;
  id: number;
  programmeId: number;
  /** In order: group g follows layouts[g] and is in centre on the weeks isCentreWeek(…, g) says. */
  groups: { id: number; learners: number[] }[];
  layouts: readonly (readonly LaneEntry[])[];
  periods: Output<'periods.generate'>;
  internships: Map<number, { start: string; end: string }[]>;
}

export interface CohortRefs {
  programmeId: number;
  rooms: readonly number[];
  trainers: readonly number[];
}

/**
 * One intake, written through the handlers as a manager would: the cohort, its 12 groups and
 * their 25 learners each, every group's rhythm (one week in two in centre), the weekly pattern
 * applied over each training year, then the internships of the learners under statut scolaire and
 * a few learners' own days, and the cohort's two semesters a year.
 */
export async function seedCohort(
  b: Backend,
  rng: Prng,
  plan: CohortPlan,
  layouts: readonly (readonly LaneEntry[])[],
  refs: CohortRefs,
): Promise<{ tally: CohortTally; record: CohortRecord }> {
  const tally: CohortTally = {
    learners: 0,
    sessions: 0,
    skipped: { company: 0, holiday: 0, other: 0 },
    otherReasons: [],
    internships: 0,
    ownDays: 0,
  };
  const cohort = await b.call('cohorts.create', {
    name: plan.name,
    programmeId: refs.programmeId,
    startDate: plan.start,
    endDate: plan.end,
    yearFrom: 1,
    yearTo: 2,
    holidayZone: 'A',
    alsaceMoselle: false,
    site: plan.site,
  });
  const schoolStatus: number[] = [];
  const groups: CohortRecord['groups'] = [];
  for (let g = 0; g < GROUPS_PER_COHORT; g++) {
    const group = await b.call('groups.create', {
      cohortId: cohort.id,
      name: `${plan.programmeCode === 'BTS-NRC' ? 'NRC' : 'NDRC'} ${plan.year % 100}-${String.fromCharCode(65 + g)}`,
    });
    const learners: number[] = [];
    groups.push({ id: group.id, learners });
    for (let i = 0; i < LEARNERS_PER_GROUP; i++) {
      const input = learnerInput(rng, { ...plan, cohortId: cohort.id, groupId: group.id });
      const learner = await b.call('learners.create', input);
      learners.push(learner.id);
      if (learner.accessRoute === 'initial_alternating') schoolStatus.push(learner.id);
      tally.learners++;
    }
    await b.call('rhythm.generate', {
      groupId: group.id,
      pattern: {
        kind: 'weeks',
        centreWeeks: 1,
        companyWeeks: 1,
        startsWith: startsWith(plan.start, g),
        centreWeekdays: [1, 2, 3, 4, 5],
      },
    });
    const entries = layouts[g]!.map((e) => ({
      weekday: e.weekday,
      slot: e.slot,
      subjectId: e.subjectId,
      trainerId: refs.trainers[e.trainer]!,
      roomId: e.room === null ? null : refs.rooms[e.room]!,
      modality: e.modality,
    }));
    for (const year of plan.years) {
      const result = await b.call('planning.applyPattern', {
        groupId: group.id,
        ...year,
        entries,
        dryRun: false,
      });
      tally.sessions += result.created.length;
      for (const { reason } of result.skipped) {
        if (/ en entreprise le /.test(reason)) tally.skipped.company++;
        else if (/jour férié/.test(reason)) tally.skipped.holiday++;
        else {
          tally.skipped.other++;
          if (tally.otherReasons.length < 3) tally.otherReasons.push(reason);
        }
      }
    }
    // A learner catching up two days in centre during a company week (the group's second one).
    const listed = await b.call('learners.list', { groupId: group.id });
    const companyMonday = addDays(plan.start, startsWith(plan.start, g) === 'company' ? 14 : 21);
    await b.call('learnerPlan.setDays', {
      learnerId: listed[rng.int(0, listed.length - 1)]!.id,
      days: [
        { date: companyMonday, place: 'centre' },
        { date: addDays(companyMonday, 1), place: 'centre' },
      ],
    });
    tally.ownDays += 2;
  }
  const internships = await seedInternships(b, rng, plan, schoolStatus);
  tally.internships = internships.size;
  const periods = await b.call('periods.generate', { cohortId: cohort.id, kind: 'semester' });
  const record = {
    plan,
    id: cohort.id,
    programmeId: refs.programmeId,
    groups,
    layouts,
    periods,
    internships,
  };
  return { tally, record };
}

/** 16 weeks in two periods for most learners under statut scolaire; one in five falls short. */
async function seedInternships(b: Backend, rng: Prng, plan: CohortPlan, learners: readonly number[]) {
  const may = addDays(plan.years[0]!.to, -56);
  const january = `${plan.year + 2}-01-05`;
  const saved = new Map<number, { start: string; end: string }[]>();
  for (const learnerId of learners) {
    const short = rng.chance(0.2);
    const periods = short
      ? [{ start: may, end: addDays(may, 7 * 6 - 3), note: 'Stage en magasin' }]
      : [
          { start: may, end: addDays(may, 7 * 8 - 3), note: 'Stage en magasin' },
          { start: january, end: addDays(january, 7 * 8 - 3), note: 'Stage en agence' },
        ];
    await b.call('learnerPlan.saveInternships', { learnerId, periods, reducedWeeks: null });
    saved.set(learnerId, periods);
  }
  return saved;
}
