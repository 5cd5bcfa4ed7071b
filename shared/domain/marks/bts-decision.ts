import { marksRulesFr as t } from '../../i18n/fr/marks-rules';
import {
  blocsAcquired,
  type BtsBloc,
  type BtsUnit,
  isKeptMarkValid,
  keptMarkValidUntil,
  UNIT_PASS_MARK,
  type UnitEntry,
} from './bts-units';
import { exact, orderFreeSum } from './rounding';

/**
 * The BTS decision from a candidate's unit marks (Code de l'éducation D643-13 to D643-24):
 * admitted at 10, refused below 8, between the two the oral resits (épreuves de contrôle) when
 * the professional units average at least 10; a mandatory unit missed without a recognised
 * reason means the diploma cannot be issued. Every comparison uses the exact average.
 */

export interface BtsInput {
  /** The programme's exam units. */
  units: readonly BtsUnit[];
  blocs?: readonly BtsBloc[];
  /** The candidate's entries, at most one per unit; a mandatory unit without one is missing. */
  entries: readonly UnitEntry[];
  /** ISO date of the session: kept marks are checked against it. */
  sessionDate: string;
  /** The units whose average opens the resits (see professionalUnitCodes in ./bts-units). */
  professionalUnitCodes: readonly string[];
}

export type BtsOutcome = 'admitted' | 'resits' | 'refused' | 'not_issued' | 'incomplete';
/** An entry's kind, 'missing' (no entry), or 'expired' (a kept mark past its five years). */
export type UnitStatus = UnitEntry['kind'] | 'missing' | 'expired';

export interface UnitResult {
  code: string;
  coefficient: number;
  optional: boolean;
  status: UnitStatus;
  /** The mark that counts, /20 (force majeure: 0; a higher resit mark replaces it); null if none. */
  mark: number | null;
  /** A mandatory unit whose mark is ≥ 10. */
  awarded: boolean;
  /** Last day an awarded unit can be kept (five years from the date it was obtained). */
  validUntil: string | null;
  /** The resit mark entered for this unit, if any. */
  resit: number | null;
}

export interface BtsDecision {
  outcome: BtsOutcome;
  /** Exact; null when the outcome is not_issued or incomplete. */
  average: number | null;
  /** Weighted average of the professional units (exact); null when none has a mark. */
  professionalAverage: number | null;
  /** Points the optional unit adds to the numerator: max(0, mark − 10) × coefficient. */
  optionalPoints: number;
  afterResits: boolean;
  units: UnitResult[];
  unitsAwarded: string[];
  blocsAcquired: number[];
  /** One French line: "Admis : moyenne 11,23 ≥ 10". */
  explanation: string;
  /** French notes on how the units were counted (exemption, force majeure, kept marks…). */
  notes: string[];
}

export type BtsResult = { ok: true; decision: BtsDecision } | { ok: false; reason: string };
export interface Resit {
  code: string;
  mark: number;
}

export const ADMISSION_AVERAGE = 10;
export const RESITS_AVERAGE = 8;
export const MAX_RESITS = 2;

const refused = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
const inRange = (mark: number) => Number.isFinite(mark) && mark >= 0 && mark <= 20;

interface Resolved {
  ok: true;
  units: UnitResult[];
  notes: string[];
}

/** Checks the entries against the programme and reads each unit's counted mark. */
function resolve(input: BtsInput): Resolved | { ok: false; reason: string } {
  const defs = new Map(input.units.map((u) => [u.code, u]));
  const entries = new Map<string, UnitEntry>();
  for (const entry of input.entries) {
    if (!defs.has(entry.code)) return refused(t.unknownUnit(entry.code));
    if (entries.has(entry.code)) return refused(t.duplicateUnit(entry.code));
    entries.set(entry.code, entry);
    if (entry.kind === 'mark' || entry.kind === 'kept') {
      if (!inRange(entry.mark)) return refused(t.unitMarkRange(entry.code, entry.mark));
    }
    if (entry.kind === 'kept') {
      if (entry.mark < UNIT_PASS_MARK) return refused(t.keptBelowTen(entry.code, entry.mark));
      if (entry.obtainedOn > input.sessionDate)
        return refused(t.keptAfterSession(entry.code, entry.obtainedOn));
    }
  }
  const optionalSat = input.units
    .filter((u) => u.optional)
    .filter((u) => ['mark', 'kept'].includes(entries.get(u.code)?.kind ?? ''))
    .map((u) => u.code);
  if (optionalSat.length > 1) return refused(t.oneOptionalUnit(optionalSat));
  if (input.units.filter((u) => !u.optional).every((u) => entries.get(u.code)?.kind === 'exempt')) {
    return refused(t.nothingToAssess);
  }

  const sessionValidUntil = keptMarkValidUntil(input.sessionDate);
  const notes: string[] = [];
  const units = input.units.map((def): UnitResult => {
    const entry = entries.get(def.code);
    const base = { code: def.code, coefficient: def.coefficient, optional: def.optional, resit: null };
    const result = (status: UnitStatus, mark: number | null, validUntil = sessionValidUntil): UnitResult => {
      const awarded = !def.optional && mark !== null && mark >= UNIT_PASS_MARK;
      return { ...base, status, mark, awarded, validUntil: awarded ? validUntil : null };
    };
    switch (entry?.kind) {
      case undefined:
        return result('missing', null);
      case 'mark':
        return result('mark', entry.mark);
      case 'kept': {
        const until = keptMarkValidUntil(entry.obtainedOn);
        if (isKeptMarkValid(entry.obtainedOn, input.sessionDate)) return result('kept', entry.mark, until);
        notes.push(t.keptExpired(def.code, entry.obtainedOn, until));
        return result('expired', null);
      }
      case 'force_majeure':
        if (!def.optional) notes.push(t.forceMajeure(def.code));
        return result('force_majeure', def.optional ? null : 0);
      case 'exempt':
        if (!def.optional) notes.push(t.exempted(def.code));
        return result('exempt', null);
      case 'absent':
        return result('absent', null);
    }
  });
  return { ok: true, units, notes };
}

/** Σ(mark × coef) / Σ coef over the units given that have a mark; null when none has. */
function weighted(units: readonly UnitResult[]): number | null {
  const marked = units.filter((u) => u.mark !== null);
  const divisor = orderFreeSum(marked.map((u) => u.coefficient));
  return divisor > 0 ? exact(orderFreeSum(marked.map((u) => u.mark! * u.coefficient)) / divisor) : null;
}

function decide(input: BtsInput, resolved: Resolved, afterResits: boolean): BtsDecision {
  const { units } = resolved;
  const notes = [...resolved.notes];
  const mandatory = units.filter((u) => !u.optional && u.status !== 'exempt');
  const absent = mandatory.filter((u) => u.status === 'absent').map((u) => u.code);
  const missing = mandatory.filter((u) => u.mark === null && u.status !== 'absent').map((u) => u.code);

  const optional = units.find((u) => u.optional && u.mark !== null);
  let optionalPoints = 0;
  if (optional && optional.mark !== null) {
    optionalPoints = exact(Math.max(0, optional.mark - UNIT_PASS_MARK) * optional.coefficient);
    notes.push(t.optionalPoints(optional.code, optional.mark, optionalPoints));
  }

  const professional = new Set(input.professionalUnitCodes);
  const professionalAverage = weighted(mandatory.filter((u) => professional.has(u.code)));
  const marks = new Map(units.map((u) => [u.code, u.mark]));
  const common = {
    professionalAverage,
    optionalPoints,
    afterResits,
    units,
    unitsAwarded: units.filter((u) => u.awarded).map((u) => u.code),
    blocsAcquired: blocsAcquired(input.blocs ?? [], marks),
    notes,
  };

  if (absent.length > 0) {
    return { ...common, outcome: 'not_issued', average: null, explanation: t.notIssued(absent) };
  }
  if (missing.length > 0) {
    return { ...common, outcome: 'incomplete', average: null, explanation: t.incomplete(missing) };
  }
  const divisor = orderFreeSum(mandatory.map((u) => u.coefficient));
  const numerator = orderFreeSum([...mandatory.map((u) => u.mark! * u.coefficient), optionalPoints]);
  const average = exact(numerator / divisor);
  const decision = (outcome: BtsOutcome, explanation: string): BtsDecision => ({
    ...common,
    outcome,
    average,
    explanation,
  });

  if (average >= ADMISSION_AVERAGE) return decision('admitted', t.admitted(average, afterResits));
  if (afterResits) return decision('refused', t.refusedAfterResits(average));
  if (average < RESITS_AVERAGE) return decision('refused', t.refusedBelowEight(average));
  if (professionalAverage !== null && professionalAverage >= ADMISSION_AVERAGE) {
    return decision('resits', t.resitsOpen(average, professionalAverage));
  }
  return decision('refused', t.refusedProfessional(average, professionalAverage));
}

/** The decision for a candidate, or a French reason when the entries do not make sense. */
export function decideBts(input: BtsInput): BtsResult {
  const resolved = resolve(input);
  return resolved.ok ? { ok: true, decision: decide(input, resolved, false) } : resolved;
}

/**
 * The decision once the oral resits are marked: open only to a candidate whose decision is
 * 'resits'; at most two, each on a general mandatory unit that has a mark; a resit mark
 * replaces the unit's mark only when higher; admitted if the recomputed average is ≥ 10,
 * refused otherwise. With no resit mark the candidate is refused (the average stays < 10).
 */
export function applyResits(input: BtsInput, resits: readonly Resit[]): BtsResult {
  const resolved = resolve(input);
  if (!resolved.ok) return resolved;
  const before = decide(input, resolved, false);
  if (before.outcome !== 'resits') return refused(t.resitsNotOpen(before.explanation));
  if (resits.length > MAX_RESITS) return refused(t.tooManyResits(resits.length));

  const defs = new Map(input.units.map((u) => [u.code, u]));
  const byCode = new Map<string, number>();
  for (const resit of resits) {
    const def = defs.get(resit.code);
    if (!def) return refused(t.unknownUnit(resit.code));
    if (byCode.has(resit.code)) return refused(t.resitTwice(resit.code));
    if (def.optional || def.kind !== 'general') return refused(t.resitNotGeneral(resit.code));
    if (!inRange(resit.mark)) return refused(t.unitMarkRange(resit.code, resit.mark));
    byCode.set(resit.code, resit.mark);
  }

  const notes = [...resolved.notes];
  const sessionValidUntil = keptMarkValidUntil(input.sessionDate);
  const units: UnitResult[] = [];
  for (const unit of resolved.units) {
    const resit = byCode.get(unit.code);
    if (resit === undefined) {
      units.push(unit);
      continue;
    }
    if (unit.mark === null) return refused(t.resitNotSat(unit.code));
    notes.push(t.resitApplied(unit.code, unit.mark, resit));
    if (resit <= unit.mark) {
      units.push({ ...unit, resit });
      continue;
    }
    const awarded = resit >= UNIT_PASS_MARK;
    units.push({ ...unit, resit, mark: resit, awarded, validUntil: awarded ? sessionValidUntil : null });
  }
  return { ok: true, decision: decide(input, { ok: true, units, notes }, true) };
}

/** The counts behind a session's success rate, from each candidate's outcome. */
export interface SessionTally {
  /** Candidates with a decision (an incomplete one is not yet presented). */
  presented: number;
  admitted: number;
  /** Candidates still waiting for their resits: presented, not (yet) admitted. */
  awaitingResits: number;
  incomplete: number;
}

/**
 * Tallies outcomes for the projected success rate. ASSUMED: a candidate absent from a unit
 * without reason was presented (registered and sat the rest); a candidate awaiting resits
 * counts as presented and not admitted until the resits are marked.
 */
export function sessionTally(outcomes: readonly BtsOutcome[]): SessionTally {
  const count = (o: BtsOutcome) => outcomes.filter((x) => x === o).length;
  const incomplete = count('incomplete');
  return {
    presented: outcomes.length - incomplete,
    admitted: count('admitted'),
    awaitingResits: count('resits'),
    incomplete,
  };
}
