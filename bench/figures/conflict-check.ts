import { sampled, stopwatch, type Figure } from '../lib/figure';
import { centreWeek, currentGroup } from '../lib/lookups';

/**
 * One edit checked against the whole planning: a morning session of the current intake moved to
 * the evening of its day and back, through the registry in this process (every rule, the write
 * and its audit line, in one transaction), with every seeded year in the database.
 */
export const figure: Figure = {
  name: 'Vérification d’un déplacement de séance (registre, base pleine)',
  unit: 'ms',
  goal: { median: 10 },
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    const { group } = await currentGroup(b.call);
    const week = await centreWeek(b.call, group.id);
    const session = week.sessions.find((s) => s.slot === 'morning');
    if (!session) throw new Error(`aucune séance le matin pour ${group.name}`);
    const total = (b.db.prepare('SELECT count(*) AS n FROM planned_sessions').get() as { n: number }).n;
    const measured = await sampled(
      (i) =>
        stopwatch(() =>
          b.call('sessions.move', {
            id: session.id,
            date: session.date,
            slot: i % 2 === 0 ? 'evening' : 'morning',
          }),
        ),
      { warmup: 6, runs: 50 },
    );
    return { ...measured, note: `sessions.move par le registre, ${total} séances en base` };
  },
};
