import type { ATTESTATION_RESULTS } from '../../api/settings';
import { attestationsFr as t } from '../../i18n/fr/attestations';
import type { BtsOutcome } from '../marks/bts-decision';
import { type DisplayRounding, roundForDisplay } from '../marks/rounding';

/**
 * What an attestation de fin de formation says of the evaluation of learning (L6353-1), in the
 * parts and order the centre chose (settings.documents.attestationResults): the BTS decision —
 * the jury's when recorded, else the simulator's, said to be provisional —, the units and blocs
 * acquired, the general average over the training. A unit known only from a BTS blanc is
 * provisional and says so: an attestation never states as acquired what no jury has granted.
 */

export type AttestationResultPart = (typeof ATTESTATION_RESULTS)[number];

export interface RecordedResult {
  sessionYear: number;
  outcome: 'admitted' | 'refused' | 'not_issued' | 'absent';
  average: number | null;
}

export interface SimulatedDecision {
  outcome: BtsOutcome;
  average: number | null;
}

export interface AcquiredUnit {
  code: string;
  title: string;
  provisional: boolean;
}

export interface AcquiredBloc {
  number: number;
  title: string;
  unitCodes: readonly string[];
  provisional: boolean;
}

export interface ExamFacts {
  /** The actual result of the learner's latest session, if entered. */
  recorded: RecordedResult | null;
  /** The simulator's decision; null when it can make none (no units, nothing to assess). */
  simulated: SimulatedDecision | null;
  units: readonly AcquiredUnit[];
  blocs: readonly AcquiredBloc[];
  /** Exact general average over every period of the training, null without marks. */
  average: { value: number | null; provisional: boolean };
}

/** One part of the result: a heading, then a sentence or (`list`) the items of a list. */
export interface ResultBlock {
  part: AttestationResultPart;
  heading: string;
  lines: string[];
  list: boolean;
}

function decisionBlock(facts: ExamFacts, rounding: DisplayRounding): ResultBlock {
  const shown = (average: number | null) => (average === null ? null : roundForDisplay(average, rounding));
  const { recorded, simulated } = facts;
  if (recorded) {
    return {
      part: 'decision',
      heading: t.decisionRecorded,
      lines: [t.recordedLine(t.recorded[recorded.outcome], recorded.sessionYear, shown(recorded.average))],
      list: false,
    };
  }
  return {
    part: 'decision',
    heading: t.decisionProvisional,
    lines: [
      simulated ? t.provisionalLine(t.simulated[simulated.outcome], shown(simulated.average)) : t.noDecision,
    ],
    list: false,
  };
}

function acquiredBlock(facts: ExamFacts): ResultBlock {
  const mark = (provisional: boolean) => (provisional ? t.provisional : '');
  const lines = [
    ...facts.units.map((u) => t.unit(u.code, u.title) + mark(u.provisional)),
    ...facts.blocs.map((b) => t.bloc(b.number, b.title, b.unitCodes) + mark(b.provisional)),
  ];
  return lines.length > 0
    ? { part: 'units', heading: t.acquired, lines, list: true }
    : { part: 'units', heading: t.acquired, lines: [t.noneAcquired], list: false };
}

function averageBlock(facts: ExamFacts, rounding: DisplayRounding): ResultBlock {
  const { value, provisional } = facts.average;
  const line =
    value === null
      ? t.noAverage
      : t.averageValue(roundForDisplay(value, rounding)) + (provisional ? t.averagePending : '');
  return { part: 'average', heading: t.average, lines: [line], list: false };
}

/** The result's blocks in the centre's order; a part named twice is printed once. */
export function attestationResults(
  parts: readonly AttestationResultPart[],
  facts: ExamFacts,
  rounding: DisplayRounding,
): ResultBlock[] {
  return [...new Set(parts)].map((part) =>
    part === 'decision'
      ? decisionBlock(facts, rounding)
      : part === 'units'
        ? acquiredBlock(facts)
        : averageBlock(facts, rounding),
  );
}
