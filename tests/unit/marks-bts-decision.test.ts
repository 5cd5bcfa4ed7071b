import { describe, expect, it } from 'vitest';
import { decideBts, professionalUnitCodes, type UnitEntry } from '../../shared/domain/marks';
import {
  decided,
  marks,
  ndrc,
  ndrcInput,
  nrc,
  nrcInput,
  refusal,
  SESSION,
  twoUnitsInput,
} from './marks-bts-fixtures';

const ndrcMarks = (u1: number, u2: number, u3: number, u4: number, u5: number, u6: number) =>
  marks({ U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6 });
const decide = (entries: UnitEntry[]) => decided(decideBts(ndrcInput(entries)));

describe('BTS decision: the average and the thresholds', () => {
  it('reads the professional units from the programme: NDRC U4–U6, NRC U4–U6', () => {
    expect(professionalUnitCodes(ndrc.units)).toEqual(['U4', 'U5', 'U6']);
    expect(professionalUnitCodes(nrc.units)).toEqual(['U4', 'U5', 'U6']);
  });

  it('admits at Σ(mark × coef) / Σ coef ≥ 10 and says so', () => {
    const d = decide(ndrcMarks(12, 11, 10, 12, 11, 11));
    expect(d.average).toBeCloseTo(236 / 21, 9);
    expect(d).toMatchObject({ outcome: 'admitted', afterResits: false });
    expect(d.explanation).toBe('Admis : moyenne 11,24 ≥ 10');
  });

  it('admits at exactly 10', () => {
    const d = decide(ndrcMarks(10, 10, 10, 10, 10, 10));
    expect(d).toMatchObject({ outcome: 'admitted', average: 10, explanation: 'Admis : moyenne 10,00 ≥ 10' });
  });

  it('does not admit at 9,995, which shows as 10,00 but is below 10', () => {
    const d = decided(decideBts(twoUnitsInput(10, 9.99)));
    expect(d).toMatchObject({ outcome: 'refused', average: 9.995 });
    expect(d.explanation).toBe(
      'Ajourné : moyenne 9,995 < 10, unités professionnelles 9,99 < 10 (pas d’oral de contrôle)',
    );
  });

  it('refuses below 8', () => {
    const d = decide(ndrcMarks(7.4, 7.4, 7.4, 7.4, 7.4, 7.4));
    expect(d).toMatchObject({ outcome: 'refused', average: 7.4, explanation: 'Ajourné : moyenne 7,40 < 8' });
  });

  it('refuses at 7,999 even with strong professional units, without showing "8,00 < 8"', () => {
    const d = decided(decideBts(twoUnitsInput(5.998, 10)));
    expect(d).toMatchObject({
      outcome: 'refused',
      average: 7.999,
      explanation: 'Ajourné : moyenne 7,999 < 8',
    });
  });

  it('opens the resits at exactly 8 when the professional units average at least 10', () => {
    const d = decide(ndrcMarks(6, 5, 5, 10, 10, 10));
    expect(d).toMatchObject({ outcome: 'resits', average: 8, professionalAverage: 10 });
    expect(d.explanation).toBe(
      'Oral de contrôle possible : moyenne 8,00, unités professionnelles 10,00 ≥ 10',
    );
  });

  it('weights the professional average by the units’ coefficients', () => {
    // U4 coef 5 at 12, U5 coef 4 at 8, U6 coef 3 at 10: (60 + 32 + 30) / 12 = 10,1666…
    const d = decide(ndrcMarks(7, 7, 7, 12, 8, 10));
    expect(d.professionalAverage).toBeCloseTo(122 / 12, 9);
    expect(d.average).toBeCloseTo(185 / 21, 9);
    expect(d.explanation).toBe(
      'Oral de contrôle possible : moyenne 8,81, unités professionnelles 10,17 ≥ 10',
    );
  });

  it('refuses between 8 and 10 when the professional units average below 10', () => {
    const d = decide(ndrcMarks(10, 10, 10, 9, 9, 9.5));
    expect(d.outcome).toBe('refused');
    expect(d.explanation).toBe(
      'Ajourné : moyenne 9,50 < 10, unités professionnelles 9,13 < 10 (pas d’oral de contrôle)',
    );
  });

  it('takes the professional units from the parameter, not only from the programme', () => {
    const d = decided(decideBts(twoUnitsInput(10, 9.99, ['A'])));
    expect(d).toMatchObject({ outcome: 'resits', professionalAverage: 10 });
    expect(d.explanation).toBe(
      'Oral de contrôle possible : moyenne 9,995, unités professionnelles 10,00 ≥ 10',
    );
    const none = decided(decideBts(twoUnitsInput(10, 9, [])));
    expect(none).toMatchObject({ outcome: 'refused', professionalAverage: null });
    expect(none.explanation).toBe(
      'Ajourné : moyenne 9,50 < 10, aucune unité professionnelle notée (pas d’oral de contrôle)',
    );
  });
});

describe('BTS decision: the optional unit (NRC, foreign language B)', () => {
  const mandatory = (mark: number) =>
    marks({ U1: mark, U2: mark, U31: mark, U32: mark, U4: mark, U5: mark, U6: mark });

  it('adds only the points above 10 to the numerator; the divisor stays 21', () => {
    const d = decided(decideBts(nrcInput([...mandatory(9.8), ...marks({ UF1: 14.2 })])));
    expect(d).toMatchObject({ outcome: 'admitted', average: 10, optionalPoints: 4.2 });
    expect(d.notes).toContain(
      'Épreuve facultative UF1 : 14,2, seuls les points au-dessus de 10 comptent (+4,2 points).',
    );
    const without = decided(decideBts(nrcInput(mandatory(9.8))));
    expect(without).toMatchObject({ outcome: 'refused', average: 9.8, optionalPoints: 0 });
  });

  it('cannot lower the average: a mark below 10 adds nothing', () => {
    const d = decided(decideBts(nrcInput([...mandatory(12), ...marks({ UF1: 4 })])));
    expect(d).toMatchObject({ average: 12, optionalPoints: 0 });
    expect(decided(decideBts(nrcInput([...mandatory(12), ...marks({ UF1: 10 })]))).average).toBe(12);
  });

  it('ignores an optional unit the candidate missed or did not sit', () => {
    const absent = decided(decideBts(nrcInput([...mandatory(11), { code: 'UF1', kind: 'absent' }])));
    expect(absent).toMatchObject({ outcome: 'admitted', average: 11, optionalPoints: 0 });
    expect(decided(decideBts(nrcInput(mandatory(11)))).outcome).toBe('admitted');
  });

  it('refuses a second optional unit', () => {
    const units = [...nrc.units, { code: 'UF2', coefficient: 1, kind: 'general' as const, optional: true }];
    const result = decideBts({
      ...nrcInput([...mandatory(11), ...marks({ UF1: 15, UF2: 16 })]),
      units,
    });
    expect(refusal(result)).toBe(
      'Un candidat présente au plus une épreuve facultative (ici UF1, UF2) : gardez-en une seule.',
    );
    const oneSat = decideBts({
      ...nrcInput([...mandatory(11), ...marks({ UF1: 15 }), { code: 'UF2', kind: 'absent' }]),
      units,
    });
    expect(decided(oneSat).optionalPoints).toBe(5);
  });
});

describe('BTS decision: exemption, absences, missing marks', () => {
  it('takes an exempt unit out of numerator and divisor (assumed)', () => {
    const d = decide([{ code: 'U1', kind: 'exempt' }, ...marks({ U2: 11, U3: 9, U4: 10, U5: 10, U6: 10 })]);
    expect(d).toMatchObject({ outcome: 'admitted', average: 10 });
    expect(d.notes).toContain('U1 dispensée : retirée du calcul de la moyenne (règle supposée).');
    expect(d.units.find((u) => u.code === 'U1')).toMatchObject({
      status: 'exempt',
      mark: null,
      awarded: false,
    });
  });

  it('refuses a candidate exempt from every mandatory unit: there is nothing to average', () => {
    const all = ndrc.units.map((u): UnitEntry => ({ code: u.code, kind: 'exempt' }));
    expect(refusal(decideBts(ndrcInput(all)))).toBe(
      'Toutes les épreuves obligatoires sont dispensées : aucune moyenne ne peut être calculée.',
    );
  });

  it('cannot issue the diploma after an absence without a recognised reason, whatever the rest', () => {
    const d = decide([{ code: 'U4', kind: 'absent' }, ...marks({ U1: 18, U2: 18, U3: 18, U5: 18, U6: 18 })]);
    expect(d).toMatchObject({ outcome: 'not_issued', average: null });
    expect(d.explanation).toBe('Diplôme ne pouvant être délivré : absence sans motif reconnu à U4');
    expect(d.unitsAwarded).toEqual(['U1', 'U2', 'U3', 'U5', 'U6']);
    expect(d.blocsAcquired).toEqual([2, 3]);
  });

  it('counts an absence for force majeure as 0', () => {
    const d = decide([
      { code: 'U2', kind: 'force_majeure' },
      ...marks({ U1: 12, U3: 12, U4: 12, U5: 12, U6: 12 }),
    ]);
    expect(d.average).toBeCloseTo(216 / 21, 9);
    expect(d).toMatchObject({ outcome: 'admitted', explanation: 'Admis : moyenne 10,29 ≥ 10' });
    expect(d.units.find((u) => u.code === 'U2')).toMatchObject({ status: 'force_majeure', mark: 0 });
    expect(d.notes).toContain('U2 : absence pour force majeure, comptée 0.');
  });

  it('cannot decide while a mandatory unit has no mark, and names it', () => {
    const d = decide(marks({ U1: 12, U3: 12, U4: 12, U6: 12 }));
    expect(d).toMatchObject({ outcome: 'incomplete', average: null });
    expect(d.explanation).toBe('Décision impossible : note manquante pour U2, U5');
  });

  it('puts an absence before missing marks: the diploma cannot be issued anyway', () => {
    expect(decide([{ code: 'U1', kind: 'absent' }]).outcome).toBe('not_issued');
  });
});

describe('BTS decision: refused entries', () => {
  it('refuses an unknown unit, a unit entered twice and a mark outside 0–20', () => {
    expect(refusal(decideBts(ndrcInput(marks({ U9: 12 }))))).toBe(
      'L’épreuve U9 n’existe pas dans ce programme.',
    );
    expect(refusal(decideBts(ndrcInput([...marks({ U1: 12 }), { code: 'U1', kind: 'exempt' }])))).toBe(
      'L’épreuve U1 est renseignée deux fois : gardez une seule ligne.',
    );
    expect(refusal(decideBts(ndrcInput(marks({ U1: 20.5 }))))).toBe(
      'La note de U1 doit être comprise entre 0 et 20 (saisi : 20,5).',
    );
    expect(refusal(decideBts(ndrcInput(marks({ U1: -1 }))))).toBe(
      'La note de U1 doit être comprise entre 0 et 20 (saisi : -1).',
    );
  });

  it('accepts the bounds 0 and 20', () => {
    expect(decide(ndrcMarks(0, 20, 20, 20, 20, 20)).outcome).toBe('admitted');
  });

  it('throws on a session date that is not a date (a caller’s bug)', () => {
    expect(() => decideBts(ndrcInput(ndrcMarks(10, 10, 10, 10, 10, 10), '10/06/2025'))).toThrow(RangeError);
    expect(SESSION).toBe('2025-06-10');
  });
});
