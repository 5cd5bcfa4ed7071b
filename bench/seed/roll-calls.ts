import type { EXCUSE_REASONS } from '../../shared/api/attendance';
import type { Input } from '../../shared/api/index';
import { addDays } from '../../shared/domain/calendar/dates';
import type { Backend } from '../lib/registry';
import type { Prng } from './prng';
import type { Profile, Profiles } from './profiles';

type Entry = Input<'attendance.record'>['entries'][number];
type Reason = Exclude<(typeof EXCUSE_REASONS)[number], 'other'>;

const REASONS: Readonly<Record<Reason, number>> = {
  illness: 50,
  family: 15,
  transport: 15,
  employer: 10,
  administrative: 5,
  exam: 5,
};

export interface RollCallData {
  /** Each seeded group's learners: the same from the first day of the intake to the last. */
  learners: ReadonlyMap<number, readonly number[]>;
  /** Internships of learners under statut scolaire: away from the centre, excused. */
  internships: ReadonlyMap<number, readonly { start: string; end: string }[]>;
  profiles: Profiles;
}

export interface RollCallTally {
  sheets: number;
  absences: number;
}

/**
 * One learner's line: on internship, absent and excused; otherwise absent now and then
 * (excused at the roll call a third of the time, the others left for the follow-up), sometimes
 * late or gone early.
 */
function entry(rng: Prng, learnerId: number, profile: Profile, onInternship: boolean): Entry {
  if (onInternship) {
    return { learnerId, presence: 'absent', excused: true, excuseReason: 'other', excuseNote: 'En stage' };
  }
  if (rng.chance(profile.absence)) {
    return rng.chance(0.35)
      ? { learnerId, presence: 'absent', excused: true, excuseReason: rng.weighted(REASONS) }
      : { learnerId, presence: 'absent' };
  }
  if (rng.chance(profile.lateness)) return { learnerId, presence: 'present', lateMinutes: 5 * rng.int(1, 8) };
  if (rng.chance(0.01)) return { learnerId, presence: 'present', leftEarlyMinutes: 15 * rng.int(1, 4) };
  return { learnerId, presence: 'present' };
}

/**
 * The paper path for a week, Monday to Friday: every session's printed sheet comes back signed,
 * the presences are recorded from it (attendance.record, the whole sheet in one call) and the
 * sheet is closed on paper (attendance.close), as the team does on Friday evening.
 */
export async function recordWeek(
  b: Backend,
  rng: Prng,
  data: RollCallData,
  monday: string,
): Promise<RollCallTally> {
  const tally: RollCallTally = { sheets: 0, absences: 0 };
  for (let d = 0; d < 5; d++) {
    const date = addDays(monday, d);
    for (const session of await b.call('attendance.sessions', { date })) {
      const learners = data.learners.get(session.groupId);
      if (!learners || learners.length === 0 || session.status === 'closed') continue;
      const entries = learners.map((learnerId) => {
        const away = (data.internships.get(learnerId) ?? []).some((p) => p.start <= date && date <= p.end);
        return entry(rng, learnerId, data.profiles.of(learnerId), away);
      });
      await b.call('attendance.record', { sessionId: session.sessionId, entries });
      await b.call('attendance.close', { sessionId: session.sessionId, mode: 'paper' });
      tally.sheets++;
      tally.absences += entries.filter((e) => e.presence === 'absent').length;
    }
  }
  return tally;
}
