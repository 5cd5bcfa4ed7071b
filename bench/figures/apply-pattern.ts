import { sampled, stopwatch, type Figure } from '../lib/figure';
import { currentGroup } from '../lib/lookups';
import type { Backend } from '../lib/registry';
import { learnerInput } from '../seed/people';
import { Prng } from '../seed/prng';
import { CELLS } from '../seed/timetable';

const RUNS = { warmup: 1, runs: 5 };

/**
 * A new full-time group of 25 (no company weeks) with its own trainer and room, so that each
 * run plans a whole year — Monday to Friday, morning and afternoon — without meeting the others.
 */
async function freshGroup(
  b: Backend,
  rng: Prng,
  cohort: { id: number; startDate: string; endDate: string },
  n: number,
) {
  const group = await b.call('groups.create', { cohortId: cohort.id, name: `Banc d’essai ${n + 1}` });
  for (let i = 0; i < 25; i++) {
    const input = learnerInput(rng, {
      cohortId: cohort.id,
      groupId: group.id,
      start: cohort.startDate,
      end: cohort.endDate,
      year: 2026,
    });
    await b.call('learners.create', input);
  }
  const room = await b.call('rooms.create', { name: `Salle d’essai ${n + 1}`, capacity: 30 });
  return { group, room };
}

export const figure: Figure = {
  name: 'Semaine type appliquée sur une année (~400 séances)',
  unit: 'ms',
  goal: { median: 1000 },
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    const { cohort } = await currentGroup(b.call);
    const programme = await b.call('programmes.get', { id: cohort.programmeId });
    const subjects = programme.subjects.map((s) => s.id);
    const rng = new Prng(7);
    const runs: { group: number; trainer: number; room: number }[] = [];
    for (let n = 0; n < RUNS.warmup + RUNS.runs; n++) {
      const { group, room } = await freshGroup(b, rng, cohort, n);
      const trainer = await b.call('trainers.create', {
        surname: `Essai ${n + 1}`,
        firstName: 'Camille',
        contractType: 'freelance',
        subjectIds: subjects,
      });
      runs.push({ group: group.id, trainer: trainer.id, room: room.id });
    }
    let created = 0;
    let skipped = 0;
    const measured = await sampled((i) => {
      const { group, trainer, room } = runs[i]!;
      const entries = CELLS.map((cell, k) => ({
        ...cell,
        subjectId: subjects[k % subjects.length]!,
        trainerId: trainer,
        roomId: room,
        modality: 'onsite' as const,
      }));
      return stopwatch(async () => {
        const result = await b.call('planning.applyPattern', {
          groupId: group,
          from: cohort.startDate,
          to: `${Number(cohort.startDate.slice(0, 4)) + 1}-06-30`,
          entries,
          dryRun: false,
        });
        created = result.created.length;
        skipped = result.skipped.length;
      });
    }, RUNS);
    return {
      ...measured,
      note: `${created} séances créées, ${skipped} demi-journées écartées (fériés) par application`,
    };
  },
};
