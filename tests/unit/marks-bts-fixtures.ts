import { expect } from 'vitest';
import ndrcJson from '../../resources/programmes/bts-ndrc.json';
import nrcJson from '../../resources/programmes/bts-nrc.json';
import { programmeContentSchema } from '../../shared/api/programmes';
import {
  type BtsDecision,
  type BtsInput,
  type BtsResult,
  type BtsUnit,
  professionalUnitCodes,
  type UnitEntry,
} from '../../shared/domain/marks';

/** The built-in programmes, read as the app reads them. */
export const ndrc = programmeContentSchema.parse(ndrcJson);
export const nrc = programmeContentSchema.parse(nrcJson);

export const SESSION = '2025-06-10';

export const marks = (byCode: Record<string, number>): UnitEntry[] =>
  Object.entries(byCode).map(([code, mark]) => ({ code, kind: 'mark', mark }));

/** A BTS NDRC candidate: U1–U3 general, U4–U6 professional, blocs 1–3 on U4, U5, U6. */
export const ndrcInput = (entries: UnitEntry[], sessionDate = SESSION): BtsInput => ({
  units: ndrc.units,
  blocs: ndrc.blocs,
  entries,
  sessionDate,
  professionalUnitCodes: professionalUnitCodes(ndrc.units),
});

/** A BTS NRC candidate, whose programme has the optional unit UF1. */
export const nrcInput = (entries: UnitEntry[]): BtsInput => ({
  units: nrc.units,
  entries,
  sessionDate: SESSION,
  professionalUnitCodes: professionalUnitCodes(nrc.units),
});

/** Two units of coefficient 1, A general and B professional: averages to the thousandth. */
export const twoUnits: BtsUnit[] = [
  { code: 'A', coefficient: 1, kind: 'general', optional: false },
  { code: 'B', coefficient: 1, kind: 'professional', optional: false },
];
export const twoUnitsInput = (a: number, b: number, professional = ['B']): BtsInput => ({
  units: twoUnits,
  entries: marks({ A: a, B: b }),
  sessionDate: SESSION,
  professionalUnitCodes: professional,
});

export function decided(result: BtsResult): BtsDecision {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.decision;
}

export function refusal(result: BtsResult): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.reason;
}
