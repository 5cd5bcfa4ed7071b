import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../shared/format/fr';
import {
  applyResits,
  blocsAcquired,
  decideBts,
  isKeptMarkValid,
  keptMarkValidUntil,
  sessionTally,
  successRate,
  type UnitEntry,
} from '../../shared/domain/marks';
import { decided, marks, ndrc, ndrcInput, refusal } from './marks-bts-fixtures';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** Average exactly 8, professional units at 10: the resits are open. */
const atEight = ndrcInput(marks({ U1: 6, U2: 5, U3: 5, U4: 10, U5: 10, U6: 10 }));

describe('oral resits (épreuves de contrôle)', () => {
  it('admits when the resit marks lift the average to 10', () => {
    const d = decided(
      applyResits(atEight, [
        { code: 'U1', mark: 18 },
        { code: 'U2', mark: 17 },
      ]),
    );
    expect(d.average).toBeCloseTo(240 / 21, 9);
    expect(d).toMatchObject({ outcome: 'admitted', afterResits: true });
    expect(d.explanation).toBe('Admis après l’oral de contrôle : moyenne 11,43 ≥ 10');
    expect(d.units.find((u) => u.code === 'U1')).toMatchObject({ mark: 18, resit: 18, awarded: true });
    expect(d.unitsAwarded).toEqual(['U1', 'U2', 'U4', 'U5', 'U6']);
  });

  it('replaces a unit mark only when the resit mark is higher', () => {
    const d = decided(
      applyResits(atEight, [
        { code: 'U1', mark: 16 },
        { code: 'U2', mark: 4 },
      ]),
    );
    expect(d.units.find((u) => u.code === 'U2')).toMatchObject({ mark: 5, resit: 4 });
    expect(d.average).toBeCloseTo(198 / 21, 9);
    expect(d).toMatchObject({
      outcome: 'refused',
      explanation: 'Ajourné après l’oral de contrôle : moyenne 9,43 < 10',
    });
    expect(d.notes).toEqual([
      'U1 : la note de l’oral de contrôle (16) remplace 6.',
      'U2 : la note de l’oral de contrôle (4) ne dépasse pas 5, 5 est gardé.',
    ]);
  });

  it('refuses the candidate when no resit mark is entered (the average stays below 10)', () => {
    expect(decided(applyResits(atEight, []))).toMatchObject({ outcome: 'refused', average: 8 });
  });

  it('admits at exactly 10 after the resits', () => {
    // +42 points on coefficient 3 units: U1 6 -> 20 brings 168 to 210, that is 10.
    const d = decided(applyResits(atEight, [{ code: 'U1', mark: 20 }]));
    expect(d).toMatchObject({ outcome: 'admitted', average: 10 });
  });

  it('refuses resits to a candidate who is not between 8 and 10 with professional units at 10', () => {
    const admitted = ndrcInput(marks({ U1: 12, U2: 12, U3: 12, U4: 12, U5: 12, U6: 12 }));
    expect(refusal(applyResits(admitted, [{ code: 'U1', mark: 15 }]))).toBe(
      'L’oral de contrôle est réservé aux candidats dont la moyenne est comprise entre 8 et 10 et dont ' +
        'les unités professionnelles ont au moins 10 de moyenne. Admis : moyenne 12,00 ≥ 10',
    );
    const low = ndrcInput(marks({ U1: 7, U2: 7, U3: 7, U4: 7, U5: 7, U6: 7 }));
    expect(refusal(applyResits(low, []))).toContain('Ajourné : moyenne 7,00 < 8');
  });

  it('refuses more than two resits, a unit twice, a professional unit, a mark outside 0–20', () => {
    expect(
      refusal(
        applyResits(atEight, [
          { code: 'U1', mark: 12 },
          { code: 'U2', mark: 12 },
          { code: 'U3', mark: 12 },
        ]),
      ),
    ).toBe('Deux épreuves de contrôle au plus (3 saisies).');
    expect(
      refusal(
        applyResits(atEight, [
          { code: 'U1', mark: 12 },
          { code: 'U1', mark: 13 },
        ]),
      ),
    ).toBe('L’épreuve de contrôle de U1 est saisie deux fois.');
    expect(refusal(applyResits(atEight, [{ code: 'U4', mark: 12 }]))).toBe(
      'L’oral de contrôle porte sur une unité générale : U4 n’en est pas une.',
    );
    expect(refusal(applyResits(atEight, [{ code: 'U1', mark: 21 }]))).toBe(
      'La note de U1 doit être comprise entre 0 et 20 (saisi : 21).',
    );
    expect(refusal(applyResits(atEight, [{ code: 'U8', mark: 12 }]))).toBe(
      'L’épreuve U8 n’existe pas dans ce programme.',
    );
  });

  it('refuses a resit on an exempt unit: there is no mark to replace', () => {
    // U1 exempt; the rest averages (15 + 15 + 120) / 18 = 8,33, professional units at 10.
    const input = ndrcInput([
      { code: 'U1', kind: 'exempt' },
      ...marks({ U2: 5, U3: 5, U4: 10, U5: 10, U6: 10 }),
    ]);
    expect(decided(decideBts(input)).outcome).toBe('resits');
    expect(refusal(applyResits(input, [{ code: 'U1', mark: 15 }]))).toBe(
      'U1 n’a pas de note à remplacer (dispensée ou non présentée).',
    );
  });
});

describe('kept marks (bénéfice)', () => {
  const withKept = (obtainedOn: string, mark = 14): UnitEntry[] => [
    { code: 'U1', kind: 'kept', mark, obtainedOn },
    ...marks({ U2: 10, U3: 10, U4: 10, U5: 10, U6: 10 }),
  ];

  it('are valid five years from the date obtained, up to the anniversary included (assumed)', () => {
    expect(keptMarkValidUntil('2020-06-10')).toBe('2025-06-10');
    expect(keptMarkValidUntil('2020-02-29')).toBe('2025-02-28');
    expect(keptMarkValidUntil('2019-02-28')).toBe('2024-02-28');
    expect(isKeptMarkValid('2020-06-10', '2025-06-10')).toBe(true);
    expect(isKeptMarkValid('2020-06-09', '2025-06-10')).toBe(false);
    expect(isKeptMarkValid('2024-06-12', '2025-06-10')).toBe(true);
  });

  it('count like a mark sat this session while valid', () => {
    const d = decided(decideBts(ndrcInput(withKept('2021-06-15'))));
    expect(d.average).toBeCloseTo(222 / 21, 9);
    expect(d.outcome).toBe('admitted');
    expect(d.units.find((u) => u.code === 'U1')).toMatchObject({
      status: 'kept',
      mark: 14,
      awarded: true,
      validUntil: '2026-06-15',
    });
    expect(decided(decideBts(ndrcInput(withKept('2020-06-10')))).outcome).toBe('admitted');
  });

  it('once expired leave the unit to be sat again: no decision until it is', () => {
    const d = decided(decideBts(ndrcInput(withKept('2020-06-09'))));
    expect(d).toMatchObject({ outcome: 'incomplete', average: null });
    expect(d.explanation).toBe('Décision impossible : note manquante pour U1');
    expect(d.units.find((u) => u.code === 'U1')).toMatchObject({
      status: 'expired',
      mark: null,
      awarded: false,
    });
    expect(d.notes).toEqual([
      'La note conservée de U1 (obtenue le mardi 9 juin 2020) n’était valable que jusqu’au lundi 9 juin 2025 : ' +
        'l’épreuve doit être repassée.',
    ]);
  });

  it('refuse a kept mark below 10 or dated after the session', () => {
    expect(refusal(decideBts(ndrcInput(withKept('2023-06-01', 9.5))))).toBe(
      'Seule une note d’au moins 10 peut être conservée : U1 a 9,5.',
    );
    expect(refusal(decideBts(ndrcInput(withKept('2025-07-01'))))).toBe(
      'La note conservée de U1 est datée du mardi 1er juillet 2025, après la session.',
    );
  });
});

describe('units awarded and blocs de compétences', () => {
  it('awards each mandatory unit at 10 or more, valid five years from the session', () => {
    const d = decided(decideBts(ndrcInput(marks({ U1: 9.99, U2: 10, U3: 4, U4: 12, U5: 9, U6: 10 }))));
    expect(d.unitsAwarded).toEqual(['U2', 'U4', 'U6']);
    expect(d.units.find((u) => u.code === 'U4')).toMatchObject({ awarded: true, validUntil: '2030-06-10' });
    expect(d.units.find((u) => u.code === 'U5')).toMatchObject({ awarded: false, validUntil: null });
  });

  it('gives a failing candidate the blocs whose units are all at 10 or more (NDRC: bloc n -> U(n+3))', () => {
    const d = decided(decideBts(ndrcInput(marks({ U1: 4, U2: 4, U3: 4, U4: 12, U5: 9.99, U6: 10 }))));
    expect(d.outcome).toBe('refused');
    expect(ndrc.blocs.map((b) => b.unitCodes)).toEqual([['U4'], ['U5'], ['U6']]);
    expect(d.blocsAcquired).toEqual([1, 3]);
  });

  it('acquires a bloc of several units only when all of them are at 10, never an empty bloc', () => {
    const blocs = [
      { number: 1, unitCodes: ['U4', 'U5'] },
      { number: 2, unitCodes: ['U6', 'U9'] },
      { number: 3, unitCodes: [] },
    ];
    const marksByCode = new Map<string, number | null>([
      ['U4', 10],
      ['U5', 15],
      ['U6', 12],
    ]);
    expect(blocsAcquired(blocs, marksByCode)).toEqual([1]);
    marksByCode.set('U5', null);
    expect(blocsAcquired(blocs, marksByCode)).toEqual([]);
  });
});

describe('success rate', () => {
  it('is admitted / presented: the seed’s 6 of 13 shows as 46,15 %', () => {
    const rate = successRate(6, 13)!;
    expect(rate).toBeCloseTo(0.461538, 6);
    expect(plain(formatPercent(rate))).toBe('46,15 %');
    expect(successRate(13, 13)).toBe(1);
    expect(successRate(0, 13)).toBe(0);
  });

  it('is null for a session nobody sat, and throws on impossible counts', () => {
    expect(successRate(0, 0)).toBeNull();
    expect(() => successRate(7, 6)).toThrow(RangeError);
    expect(() => successRate(-1, 6)).toThrow(RangeError);
    expect(() => successRate(1.5, 6)).toThrow(RangeError);
  });

  it('tallies a cohort’s outcomes for the projected rate', () => {
    const outcomes = [
      ...Array<'admitted'>(6).fill('admitted'),
      ...Array<'refused'>(4).fill('refused'),
      'resits',
      'not_issued',
      'incomplete',
      'incomplete',
      'resits',
    ] as const;
    const tally = sessionTally(outcomes);
    expect(tally).toEqual({ presented: 13, admitted: 6, awaitingResits: 2, incomplete: 2 });
    expect(plain(formatPercent(successRate(tally.admitted, tally.presented)!))).toBe('46,15 %');
  });
});
