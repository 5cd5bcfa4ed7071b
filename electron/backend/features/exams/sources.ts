import type { ExamSource, ExamUnit, TypedEntry } from '../../../../shared/api/exams';
import {
  DEFAULT_SCALE,
  exact,
  isKeptMarkValid,
  keptMarkValidUntil,
  UNIT_PASS_MARK,
  type UnitEntry,
} from '../../../../shared/domain/marks';
import { examsFr as t } from '../../../../shared/i18n/fr/exams';
import { marksRulesFr } from '../../../../shared/i18n/fr/marks-rules';
import type { MockExamRow, UnitRow } from './repository';

/**
 * Which entry stands for each unit of a learner, and why. In order:
 * 1. a dispensation (the learner does not sit the unit: nothing typed can override it);
 * 2. what a manager typed in the simulator (an actual result, an absence, or a resit of a unit
 *    whose mark was kept: the candidate then gives up the kept mark);
 * 3. a mark ≥ 10 kept from an earlier session, still within its five years at the session;
 * 4. the latest BTS blanc standing for the unit, rescaled to /20 (an ABS there is an
 *    unjustified absence; NN, ABJ and DISP were left out when reading);
 * 5. an expired kept mark, which the decision reports as to be sat again;
 * 6. nothing: the unit is missing and the decision incomplete.
 */

export interface UnitFacts {
  typed?: TypedEntry | undefined;
  dispensation?: { reason: string } | undefined;
  kept?: { mark: number; obtainedOn: string } | undefined;
  mockExam?: MockExamRow | undefined;
}

export interface ResolvedUnits {
  units: ExamUnit[];
  /** The entries for decideBts. */
  entries: UnitEntry[];
  /** How the entries were chosen, beside the decision's own notes. */
  notes: string[];
}

function mockExamEntry(code: string, row: MockExamRow): UnitEntry {
  if (row.code === 'ABS' || row.mark === null) return { code, kind: 'absent' };
  return { code, kind: 'mark', mark: exact((row.mark * DEFAULT_SCALE) / row.scale) };
}

function resolveUnit(unit: UnitRow, facts: UnitFacts, sessionDate: string, notes: string[]) {
  const { code } = unit;
  const { typed, dispensation, kept, mockExam } = facts;
  const keepable = kept && kept.mark >= UNIT_PASS_MARK && kept.obtainedOn <= sessionDate ? kept : undefined;
  const validKept = keepable && isKeptMarkValid(keepable.obtainedOn, sessionDate) ? keepable : undefined;
  const expiredKept = keepable && !validKept ? keepable : undefined;
  if (kept && !keepable) {
    notes.push(
      kept.mark < UNIT_PASS_MARK
        ? t.keptNotKeepable(code, kept.mark)
        : t.keptAfterSession(code, kept.obtainedOn),
    );
  }

  let source: ExamSource = 'none';
  let entry: UnitEntry | null = null;
  if (dispensation) {
    source = 'dispensed';
    entry = { code, kind: 'exempt' };
  } else if (typed) {
    source = 'typed';
    entry = typed.kind === 'mark' ? { code, kind: 'mark', mark: typed.mark } : { code, kind: typed.kind };
    if (validKept) notes.push(t.keptReplaced(code));
  } else if (validKept) {
    source = 'kept';
    entry = { code, kind: 'kept', mark: validKept.mark, obtainedOn: validKept.obtainedOn };
  } else if (mockExam) {
    source = 'mock_exam';
    entry = mockExamEntry(code, mockExam);
    if (entry.kind === 'absent') notes.push(t.mockExamAbsent(code, mockExam.title, mockExam.date));
    else if (mockExam.scale !== DEFAULT_SCALE)
      notes.push(t.mockExamRescaled(code, mockExam.title, mockExam.mark!, mockExam.scale));
  } else if (expiredKept) {
    // The decision itself says the kept mark is out of date and the unit must be sat again.
    source = 'kept';
    entry = { code, kind: 'kept', mark: expiredKept.mark, obtainedOn: expiredKept.obtainedOn };
  }
  if (expiredKept && source !== 'kept' && source !== 'dispensed') {
    const until = keptMarkValidUntil(expiredKept.obtainedOn);
    notes.push(marksRulesFr.keptExpired(code, expiredKept.obtainedOn, until));
  }
  return { source, entry };
}

/** The units of a programme as one learner has them, with the entries the decision takes. */
export function resolveUnits(
  units: readonly UnitRow[],
  factsOf: (code: string) => UnitFacts,
  sessionDate: string,
): ResolvedUnits {
  const notes: string[] = [];
  const entries: UnitEntry[] = [];
  const resolved = units.map((unit): ExamUnit => {
    const facts = factsOf(unit.code);
    const { source, entry } = resolveUnit(unit, facts, sessionDate, notes);
    if (entry) entries.push(entry);
    const mock = facts.mockExam;
    return {
      ...unit,
      source,
      typed: facts.typed ?? null,
      mockExam: mock
        ? {
            evaluationId: mock.evaluationId,
            title: mock.title,
            date: mock.date,
            mark: mock.mark === null ? null : exact((mock.mark * DEFAULT_SCALE) / mock.scale),
            absent: mock.code === 'ABS',
          }
        : null,
      dispensation: facts.dispensation ?? null,
      kept: facts.kept
        ? {
            ...facts.kept,
            validUntil: keptMarkValidUntil(facts.kept.obtainedOn),
            valid:
              facts.kept.mark >= UNIT_PASS_MARK &&
              facts.kept.obtainedOn <= sessionDate &&
              isKeptMarkValid(facts.kept.obtainedOn, sessionDate),
          }
        : null,
    };
  });
  return { units: resolved, entries, notes };
}
