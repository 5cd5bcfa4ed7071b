import { describe, expect, it } from 'vitest';
import type { Cell, MarkSheet } from '../../shared/api/marks';
import { SentVersions, staleCells } from '../../renderer/features/marks/sheet-changes';
import { fromSheet, shownText, versionAt, withDrafts } from '../../renderer/features/marks/sheet-state';

/** A sheet of one evaluation (id 7) and two learners (ids 1 and 2), with the cells given. */
function sheet(cells: Pick<Cell, 'learnerId' | 'text' | 'updatedAt'>[]): MarkSheet {
  const none = { average: null, min: null, max: null, count: 0 };
  const average = { value: null, provisional: false, coefficientTotal: 0, counted: 0, pending: 0 };
  return {
    group: { id: 1, name: 'G1', cohortId: 1, cohortName: 'NDRC', archived: false },
    subject: { id: 1, name: 'Négociation', unitCode: null },
    period: {
      id: 1,
      name: 'Semestre 2',
      startDate: '2026-03-02',
      endDate: '2026-08-31',
      trainingYear: 1,
      closed: null,
    },
    evaluations: [
      {
        id: 7,
        groupId: 1,
        subjectId: 1,
        subjectName: 'Négociation',
        periodId: 1,
        periodName: 'Semestre 2',
        title: 'Devoir 1',
        date: '2026-03-10',
        kind: 'homework',
        coefficient: 1,
        scale: 20,
        unitCode: null,
        markCount: 0,
        updatedAt: '2026-03-01T08:00:00.000Z',
      },
    ],
    learners: [1, 2].map((id) => ({
      id,
      surname: `L${id}`,
      firstName: 'Alex',
      joinedOn: null,
      leftOn: null,
    })),
    cells: cells.map((c) => ({
      evaluationId: 7,
      ...c,
      entry: c.text === '' ? { kind: 'empty' as const } : { kind: 'mark' as const, mark: Number(c.text) },
    })),
    evaluationStatistics: [{ evaluationId: 7, ...none }],
    averages: [1, 2].map((learnerId) => ({ learnerId, period: average, year: average })),
    classStatistics: { period: none, year: none },
    canEdit: true,
    cannotEditReason: null,
  };
}

const T1 = '2026-03-10T14:32:00.000Z';
const T2 = '2026-03-10T14:40:00.000Z';
const T3 = '2026-03-10T14:45:00.000Z';
const cell1 = { evaluationId: 7, learnerId: 1, before: '12', after: '14' };

describe('the version tokens the mark sheet sends', () => {
  it('holds each cell’s token as read, null for an empty cell', () => {
    const state = fromSheet(
      sheet([
        { learnerId: 1, text: '12', updatedAt: T1 },
        { learnerId: 2, text: '', updatedAt: null },
      ]),
    );
    expect(versionAt(state, 7, 1)).toBe(T1);
    expect(versionAt(state, 7, 2)).toBeNull();
    expect(versionAt(state, 8, 1)).toBeNull();
  });

  it('sends the token seen when the change was made, even if the sheet was read again meanwhile', () => {
    const versions = new SentVersions();
    const seen = fromSheet(sheet([{ learnerId: 1, text: '12', updatedAt: T1 }]));
    const [captured] = versions.capture(seen, [cell1]);
    // A colleague's 15 arrived with a re-read before this change left the queue.
    const reread = fromSheet(sheet([{ learnerId: 1, text: '15', updatedAt: T2 }]));
    expect(versions.expected(reread, cell1, captured!)).toBe(T1);
  });

  it('builds on this screen’s own earlier save of the same cell: 12 then 13 is no conflict with oneself', () => {
    const versions = new SentVersions();
    const seen = fromSheet(sheet([{ learnerId: 1, text: '12', updatedAt: T1 }]));
    const [first, second] = versions.capture(seen, [cell1, { ...cell1, after: '13' }]);
    expect(versions.expected(seen, cell1, first!)).toBe(T1);
    versions.saved(cell1, T2);
    const afterFirst = fromSheet(sheet([{ learnerId: 1, text: '14', updatedAt: T2 }]));
    expect(versions.expected(afterFirst, cell1, second!)).toBe(T2);
    // Once a colleague's change is on screen instead, it goes back to what was seen.
    const colleague = fromSheet(sheet([{ learnerId: 1, text: '9', updatedAt: T3 }]));
    expect(versions.expected(colleague, cell1, second!)).toBe(T1);
  });

  it('reads which cells a refusal says were read stale, and only for a CONFLICT', () => {
    const message = 'La note … a été modifiée …';
    expect(staleCells({ code: 'CONFLICT', message, fields: { expectedUpdatedAt: message } }, 1)).toEqual(
      new Map([[0, message]]),
    );
    const paste = {
      code: 'CONFLICT' as const,
      message: '2 notes ont été modifiées…',
      fields: { 'changes.1.expectedUpdatedAt': 'a', 'changes.3.expectedUpdatedAt': 'b' },
    };
    expect(staleCells(paste, 4)).toEqual(
      new Map([
        [1, 'a'],
        [3, 'b'],
      ]),
    );
    expect(staleCells({ code: 'CONFLICT', message: 'Période clôturée.' }, 1)).toBeNull();
    expect(staleCells({ code: 'INVALID_INPUT', message, fields: { text: message } }, 1)).toBeNull();
  });

  it('shows a conflicted cell with the value now saved, and any other draft as typed', () => {
    const state = fromSheet(sheet([{ learnerId: 1, text: '15', updatedAt: T2 }]));
    const conflicted = withDrafts(state, [{ row: 0, col: 0 }], () => ({
      text: '14',
      status: 'conflict',
      message: 'modifiée',
      source: 'sheet',
    }));
    expect(shownText(conflicted.rows[0], 0)).toBe('15');
    const failed = withDrafts(state, [{ row: 0, col: 0 }], () => ({
      text: '14',
      status: 'error',
      message: 'hors ligne',
      source: 'sheet',
    }));
    expect(shownText(failed.rows[0], 0)).toBe('14');
  });
});
