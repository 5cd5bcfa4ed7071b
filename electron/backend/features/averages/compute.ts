import type { AverageValue, LearnerAverages } from '../../../../shared/api/averages';
import type { Settings } from '../../../../shared/api/settings';
import {
  classStatistics,
  generalAverage,
  type MarkItem,
  ranks,
  subjectAverage,
} from '../../../../shared/domain/marks';
import type { MarkEntry } from '../../../../shared/domain/marks/mark-input';
import type { MarkRow, MemberRow, SubjectRow } from './repository';

/** Loaded rows in, the contract's averages out: every number comes from shared/domain/marks. */

export interface ComputedAverages {
  learners: LearnerAverages[];
  classStatistics: {
    subjects: (ReturnType<typeof classStatistics> & { subjectId: number })[];
    general: ReturnType<typeof classStatistics>;
  };
}

function entryOf(mark: number | null, code: MarkRow[5]): MarkEntry {
  return mark !== null ? { kind: 'mark', mark } : { kind: 'code', code: code! };
}

/** learner -> subject -> the items of their marks. */
function itemsByLearner(marks: readonly MarkRow[]): Map<number, Map<number, MarkItem[]>> {
  const byLearner = new Map<number, Map<number, MarkItem[]>>();
  for (const [learnerId, subjectId, coefficient, scale, mark, code] of marks) {
    let bySubject = byLearner.get(learnerId);
    if (!bySubject) byLearner.set(learnerId, (bySubject = new Map()));
    const item: MarkItem = { entry: entryOf(mark, code), coefficient, scale };
    const list = bySubject.get(subjectId);
    if (list) list.push(item);
    else bySubject.set(subjectId, [item]);
  }
  return byLearner;
}

export function computeAverages(
  subjects: readonly SubjectRow[],
  members: readonly MemberRow[],
  marks: readonly MarkRow[],
  settings: Settings['marks'],
): ComputedAverages {
  const items = itemsByLearner(marks);
  const rules = { absCountsAsZero: settings.absCountsAsZero };

  const learners = members.map((member) => {
    const mine = items.get(member.learnerId);
    const perSubject = subjects.map((subject) => {
      const average = subjectAverage(mine?.get(subject.subjectId) ?? [], rules);
      return {
        subjectId: subject.subjectId,
        value: average.value,
        provisional: average.provisional,
        pending: average.pending,
      };
    });
    const general = generalAverage(
      subjects.map((subject, i) => ({ coefficient: subject.coefficient, average: perSubject[i]! })),
    );
    const pending = perSubject.reduce((sum, s) => sum + s.pending, 0);
    return {
      learnerId: member.learnerId,
      surname: member.surname,
      firstName: member.firstName,
      subjects: perSubject,
      general: { value: general.value, provisional: general.provisional, pending } satisfies AverageValue,
      rank: null as number | null,
    };
  });

  if (settings.showRank) {
    const ranked = ranks(learners.map((l) => l.general.value));
    learners.forEach((l, i) => (l.rank = ranked[i] ?? null));
  }

  return {
    learners,
    classStatistics: {
      subjects: subjects.map((subject, i) => ({
        subjectId: subject.subjectId,
        ...classStatistics(learners.map((l) => l.subjects[i]!.value)),
      })),
      general: classStatistics(learners.map((l) => l.general.value)),
    },
  };
}
