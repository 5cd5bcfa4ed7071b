import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSiret, normalizeSiret } from '../../shared/domain/siret';

describe('SIRET', () => {
  it('accepts 14 digits with a right Luhn key, with spaces, dots or dashes', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('732 829 320 00074')).toBe(true);
    expect(isValidSiret('732.829.320.00074')).toBe(true);
    expect(isValidSiret('732829320-00074')).toBe(true);
    expect(isValidSiret('\u00a0732\u202f829\u202f320\u00a000074 ')).toBe(true);
  });

  it('refuses a wrong key, a wrong length and letters', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('732829320000740')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
    expect(isValidSiret('')).toBe(false);
  });

  it('checks La Poste establishments by their digit sum, its head office by Luhn', () => {
    expect(isValidSiret('35600000049837')).toBe(true); // sum 45, Luhn would refuse it
    expect(isValidSiret('35600000049838')).toBe(false);
    expect(isValidSiret('35600000000048')).toBe(true); // head office: Luhn, sum 26
    expect(isValidSiret('35600000000049')).toBe(false);
  });

  it('finds every single-digit typo of a valid number (Luhn property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digits = [...'73282932000074'].map(Number);
        digits[position] = (digits[position]! + delta) % 10;
        expect(isValidSiret(digits.join(''))).toBe(false);
      }),
    );
  });

  it('normalizes to digits only', () => {
    expect(normalizeSiret(' 732 829.320-00074 ')).toBe('73282932000074');
  });
});
