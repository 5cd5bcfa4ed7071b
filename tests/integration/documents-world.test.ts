import { afterEach, describe, expect, it } from 'vitest';
import type { GroupAverages } from '../../shared/api/averages';
import { documentsWorld, type DocumentsWorld, value } from './documents-setup';

let w: DocumentsWorld;
afterEach(() => w?.b.close());

describe('the documents world', () => {
  it('reads as the averages and hours screens show it', async () => {
    w = await documentsWorld();
    const averages = await value<GroupAverages>(w, 'averages.group', {
      groupId: w.groupId,
      periodId: w.closedPeriod,
    });
    expect(averages.learners.map((l) => `${l.surname} ${l.firstName}`)).toEqual([
      'Béranger Éloïse',
      'Dupont Marie',
      'Fabre Noé',
      'Lefèvre-Ça Zoé',
      'Martin Jérôme',
      'Perrot Anaïs',
    ]);
    const first = averages.learners[0]!;
    expect(first.subjects.find((s) => s.subjectId === w.subjects.culture)!.value).toBeCloseTo(40 / 3, 6);
    expect(first.general.value).toBeCloseTo((40 + 45 + (43 / 3) * 5 + 44) / 15, 6);
    const hours = await value<{ learnerId: number; total: { excused: number; missed: number } }[]>(
      w,
      'attendance.hours',
      { groupId: w.groupId, from: '2025-09-01', to: '2026-01-31' },
      w.tokens.adviser,
    );
    expect(hours[0]!.total).toMatchObject({ excused: 3.75, missed: 4 });
  });
});
