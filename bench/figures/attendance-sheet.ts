import { addDays } from '../../shared/domain/calendar/dates';
import type { Input } from '../../shared/api/index';
import { formatNumber } from '../../shared/format/fr';
import { sampled, stopwatch, summarize, type Figure } from '../lib/figure';
import { OPEN_SHEETS_FROM } from '../seed/centre';

const RUNS = { warmup: 3, runs: 20 };

/**
 * A whole half-day's roll call recorded in one call (attendance.record with every learner of the
 * group: present, two absent, one late), through the registry, each run on another sheet of the
 * week the seed left open. Closing the sheet on paper afterwards is timed apart, in the note.
 */
export const figure: Figure = {
  name: 'Enregistrement d’une feuille d’émargement complète',
  unit: 'ms',
  goal: { median: 50 },
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    const open: number[] = [];
    for (let day = 0; day < 5 && open.length < RUNS.warmup + RUNS.runs; day++) {
      const sessions = await b.call('attendance.sessions', { date: addDays(OPEN_SHEETS_FROM, day) });
      for (const s of sessions)
        if (s.status === 'open' && s.recorded === 0 && s.learners > 0) open.push(s.sessionId);
    }
    if (open.length < RUNS.warmup + RUNS.runs) {
      throw new Error(
        `${open.length} feuilles ouvertes la semaine du ${OPEN_SHEETS_FROM}, il en faut ${RUNS.warmup + RUNS.runs}`,
      );
    }
    const closing: number[] = [];
    let learners = 0;
    const measured = await sampled(async (i) => {
      const sessionId = open[i]!;
      const sheet = await b.call('attendance.sheet', { sessionId });
      learners = sheet.lines.length;
      const entries: Input<'attendance.record'>['entries'] = sheet.lines.map((line, k) =>
        k === 1 || k === 7
          ? { learnerId: line.learnerId, presence: 'absent' }
          : { learnerId: line.learnerId, presence: 'present', lateMinutes: k === 4 ? 10 : 0 },
      );
      const time = await stopwatch(() => b.call('attendance.record', { sessionId, entries }));
      closing.push(await stopwatch(() => b.call('attendance.close', { sessionId, mode: 'paper' })));
      return time;
    }, RUNS);
    const close = summarize(closing.slice(RUNS.warmup)).median;
    return {
      ...measured,
      note: `attendance.record de ${learners} lignes en un appel ; clôture sur papier ensuite : ${formatNumber(close, 1)} ms`,
    };
  },
};
