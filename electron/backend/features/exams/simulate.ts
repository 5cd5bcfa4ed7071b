import type { Decision, ExamUnit, TypedEntry } from '../../../../shared/api/exams';
import {
  applyResits,
  type BtsDecision,
  type BtsInput,
  decideBts,
  professionalUnitCodes,
  type Resit,
} from '../../../../shared/domain/marks';
import type { ByLearner, BlocRow, MockExamRow, UnitRow } from './repository';
import { resolveUnits } from './sources';

/**
 * One learner through the BTS rules (shared/domain/marks): the entries chosen per unit
 * (sources.ts), then decideBts, and applyResits for a what-if. Nothing here reads or writes.
 */

export interface LearnerFactsMaps {
  typed: ByLearner<TypedEntry>;
  dispensations: ByLearner<{ reason: string }>;
  kept: ByLearner<{ mark: number; obtainedOn: string }>;
  mockExams: ByLearner<MockExamRow>;
}

export interface Simulation {
  units: ExamUnit[];
  professionalUnitCodes: string[];
  resitUnitCodes: string[];
  decision: Decision | null;
  refusal: string | null;
  afterResits: Decision | null;
  /** Why the resits given cannot be counted (French), when they cannot. */
  resitRefusal: string | null;
}

/** The decision with the notes on how the entries were chosen placed before the rule's own. */
const withNotes = (decision: BtsDecision, notes: readonly string[]): Decision => ({
  ...decision,
  notes: [...notes, ...decision.notes],
});

export function simulate(
  units: readonly UnitRow[],
  blocs: readonly BlocRow[],
  facts: LearnerFactsMaps,
  learnerId: number,
  sessionDate: string,
  resits: readonly Resit[] = [],
): Simulation {
  const of = <T>(map: ByLearner<T>, code: string) => map.get(learnerId)?.get(code);
  const resolved = resolveUnits(
    units,
    (code) => ({
      typed: of(facts.typed, code),
      dispensation: of(facts.dispensations, code),
      kept: of(facts.kept, code),
      mockExam: of(facts.mockExams, code),
    }),
    sessionDate,
  );
  const professional = professionalUnitCodes(units);
  const input: BtsInput = {
    units,
    blocs,
    entries: resolved.entries,
    sessionDate,
    professionalUnitCodes: professional,
  };
  const result = decideBts(input);
  const base = {
    units: resolved.units,
    professionalUnitCodes: professional,
    resitUnitCodes: units.filter((u) => u.kind === 'general' && !u.optional).map((u) => u.code),
  };
  if (!result.ok) {
    return { ...base, decision: null, refusal: result.reason, afterResits: null, resitRefusal: null };
  }
  const decision = withNotes(result.decision, resolved.notes);
  if (resits.length === 0) return { ...base, decision, refusal: null, afterResits: null, resitRefusal: null };
  const after = applyResits(input, resits);
  return after.ok
    ? {
        ...base,
        decision,
        refusal: null,
        afterResits: withNotes(after.decision, resolved.notes),
        resitRefusal: null,
      }
    : { ...base, decision, refusal: null, afterResits: null, resitRefusal: after.reason };
}
