import { describe, expect, it } from 'vitest';
import type { GroupAverages } from '../../../shared/api/averages';
import { groupRows } from '../../../electron/backend/documents/report-card/rows';

const value = (v: number | null, provisional = false) => ({
  value: v,
  provisional,
  pending: provisional ? 1 : 0,
});
const stats = (subjectId: number, average: number | null, min: number | null, max: number | null) => ({
  subjectId,
  average,
  min,
  max,
  count: 2,
});

/** Two learners, subjects 1 and 2 preparing U1, 3 preparing U2, 4 preparing no unit. */
const averages: GroupAverages = {
  group: { id: 1, name: 'G', cohortId: 1, cohortName: 'C' },
  scope: {
    periodId: 1,
    trainingYear: 1,
    name: 'S1',
    startDate: '2025-09-01',
    endDate: '2026-01-31',
    periodIds: [1],
  },
  display: { displayRounding: 'hundredth', showRank: false, absCountsAsZero: true },
  subjects: [
    { subjectId: 1, name: 'Écrit', unitCode: 'U1', coefficient: 2, cohortCoefficient: false },
    { subjectId: 2, name: 'Oral', unitCode: 'U1', coefficient: 1, cohortCoefficient: false },
    { subjectId: 3, name: 'Anglais', unitCode: 'U2', coefficient: 3, cohortCoefficient: false },
    { subjectId: 4, name: 'Projet', unitCode: null, coefficient: 1, cohortCoefficient: false },
  ],
  learners: [
    {
      learnerId: 10,
      surname: 'A',
      firstName: 'a',
      subjects: [value(12), value(15, true), value(10), value(null)].map((v, i) => ({
        ...v,
        subjectId: i + 1,
      })),
      general: value(11.5, true),
      rank: null,
    },
    {
      learnerId: 11,
      surname: 'B',
      firstName: 'b',
      subjects: [value(8), value(null), value(14), value(16)].map((v, i) => ({ ...v, subjectId: i + 1 })),
      general: value(12),
      rank: null,
    },
  ],
  classStatistics: {
    subjects: [stats(1, 10, 8, 12), stats(2, 15, 15, 15), stats(3, 12, 10, 14), stats(4, 16, 16, 16)],
    general: { average: 11.75, min: 11.5, max: 12, count: 2 },
  },
};

describe('report card rows', () => {
  it('are the subjects in programme order with the class figures the averages computed', () => {
    const rows = groupRows(averages, null).rows(0, new Map([[1, 'Bien']]));
    expect(rows.map((r) => r.label)).toEqual(['Écrit', 'Oral', 'Anglais', 'Projet']);
    expect(rows[0]).toEqual({
      label: 'Écrit',
      learner: { value: 12, provisional: false },
      class: { average: 10, min: 8, max: 12 },
      coefficient: 2,
      appreciation: 'Bien',
    });
    expect(rows[1]!.learner).toEqual({ value: 15, provisional: true });
    expect(rows[3]!.learner).toEqual({ value: null, provisional: false });
  });

  it('aggregate a unit’s subjects by their coefficients, the subjects of no unit after', () => {
    const units = [
      { code: 'U1', title: 'Expression', coefficient: 3 },
      { code: 'U2', title: 'Langue', coefficient: 3 },
      { code: 'U3', title: 'Sans matière', coefficient: 2 },
    ];
    const prepared = groupRows(averages, units);
    const first = prepared.rows(
      0,
      new Map([
        [1, 'Bien'],
        [2, 'Assez bien'],
      ]),
    );
    expect(first.map((r) => r.label)).toEqual(['U1 — Expression', 'U2 — Langue', 'Projet']);
    // (12 × 2 + 15 × 1) / 3 = 13, provisional with the oral; the other learner: 8 alone.
    expect(first[0]).toEqual({
      label: 'U1 — Expression',
      learner: { value: 13, provisional: true },
      class: { average: 10.5, min: 8, max: 13 },
      coefficient: 3,
      appreciation: 'Écrit : Bien\nOral : Assez bien',
    });
    expect(first[1]).toMatchObject({ learner: { value: 10 }, class: { average: 12, min: 10, max: 14 } });
    const second = prepared.rows(1, new Map());
    expect(second[0]).toMatchObject({ learner: { value: 8, provisional: false }, appreciation: null });
    expect(second[2]).toMatchObject({ label: 'Projet', learner: { value: 16 }, coefficient: 1 });
  });
});
