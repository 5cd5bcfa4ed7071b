import { describe, expect, it } from 'vitest';
import {
  APPRENTICE_MIN_SHARE,
  apprenticeCentreShare,
  BTS_REFERENCE_HOURS,
  meetsApprenticeMinimum,
} from '../../shared/domain/planning';

const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('apprenticeCentreShare', () => {
  it('is the centre hours over the contract hours', () => {
    expect(apprenticeCentreShare(400, 1600)).toBe(0.25);
    expect(apprenticeCentreShare(1350, 3214)).toBeCloseTo(0.42, 2);
  });
  it('is 0 for a contract without hours rather than a division by zero', () => {
    expect(apprenticeCentreShare(100, 0)).toBe(0);
  });
});

describe('meetsApprenticeMinimum', () => {
  it('knows the legal share and the BTS hours', () => {
    expect([APPRENTICE_MIN_SHARE, BTS_REFERENCE_HOURS]).toEqual([0.25, 1350]);
  });

  it('requires 1350 h over a two-year BTS contract when that exceeds 25 % of it', () => {
    const at = (centreHours: number) =>
      meetsApprenticeMinimum({ centreHours, contractHours: 3214, contractMonths: 24 });
    expect(at(1350)).toMatchObject({ ok: true, requiredHours: 1350, btsRequiredHours: 1350, message: null });
    expect(at(1349 + 59 / 60).ok).toBe(false);
  });

  it('prorates the 1350 h for a shorter contract (assumed rule) and says so', () => {
    const result = meetsApprenticeMinimum({ centreHours: 600, contractHours: 1607, contractMonths: 12 });
    expect(result).toMatchObject({ ok: false, requiredHours: 675, btsRequiredHours: 675 });
    expect(plain(result.message)).toBe(
      'Temps en centre insuffisant : 600 h (37,34 % du contrat), il en faut au moins 675 h — 25 % des ' +
        '1 607 h du contrat et, pour un BTS, 675 h (1 350 h au prorata de la durée du contrat sur 24 mois : ' +
        'règle supposée, à confirmer).',
    );
    expect(meetsApprenticeMinimum({ centreHours: 1012.5, contractHours: 2400, contractMonths: 18 }).ok).toBe(
      true,
    );
  });

  it('requires 25 % of the contract when that is more than the BTS share', () => {
    const result = meetsApprenticeMinimum({ centreHours: 1400, contractHours: 6000, contractMonths: 24 });
    expect(result).toMatchObject({ ok: false, requiredHours: 1500, btsRequiredHours: 1350 });
    expect(meetsApprenticeMinimum({ centreHours: 1500, contractHours: 6000, contractMonths: 24 }).ok).toBe(
      true,
    );
  });

  it('does not raise the BTS floor above 1350 h for a contract longer than 24 months', () => {
    const result = meetsApprenticeMinimum({ centreHours: 1350, contractHours: 4800, contractMonths: 36 });
    expect(result).toMatchObject({ ok: true, requiredHours: 1350, btsRequiredHours: 1350 });
  });

  it('applies only the 25 % rule to a diploma other than a BTS, exactly at the boundary', () => {
    const at = (centreHours: number) =>
      meetsApprenticeMinimum({ centreHours, contractHours: 1607, contractMonths: 12, btsHours: null });
    expect(at(401.75)).toMatchObject({ ok: true, requiredHours: 401.75, btsRequiredHours: null });
    const short = at(401.5);
    expect(short.ok).toBe(false);
    expect(plain(short.message)).toBe(
      'Temps en centre insuffisant : 401 h 30 (24,98 % du contrat), il en faut au moins 401 h 45 — 25 % des ' +
        '1 607 h du contrat.',
    );
  });

  it('takes another reference volume for a diploma other than the BTS NDRC', () => {
    const result = meetsApprenticeMinimum({
      centreHours: 600,
      contractHours: 1607,
      contractMonths: 12,
      btsHours: 1100,
    });
    expect(result.requiredHours).toBe(550);
    expect(result.ok).toBe(true);
  });

  it('compares to the minute, so sums of 3 h 45 slots meet an exact minimum', () => {
    const slots = Array.from({ length: 360 }, () => 3.75).reduce((a, b) => a + b, 0);
    expect(meetsApprenticeMinimum({ centreHours: slots, contractHours: 3214, contractMonths: 24 }).ok).toBe(
      true,
    );
  });
});
