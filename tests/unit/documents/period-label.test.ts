import { describe, expect, it } from 'vitest';
import { wholeMonth } from '../../../shared/domain/documents/period-label';
import { certificatesFr } from '../../../shared/i18n/fr/certificates';

describe('wholeMonth', () => {
  it('names a range covering exactly one calendar month', () => {
    expect(wholeMonth({ from: '2026-03-01', to: '2026-03-31' })).toBe('2026-03');
    expect(wholeMonth({ from: '2028-02-01', to: '2028-02-29' })).toBe('2028-02');
    expect(wholeMonth({ from: '2026-02-01', to: '2026-02-28' })).toBe('2026-02');
  });

  it('is null for any other range', () => {
    expect(wholeMonth({ from: '2026-03-02', to: '2026-03-31' })).toBeNull();
    expect(wholeMonth({ from: '2026-03-01', to: '2026-03-30' })).toBeNull();
    expect(wholeMonth({ from: '2026-03-01', to: '2026-04-30' })).toBeNull();
    expect(wholeMonth({ from: '2028-02-01', to: '2028-02-28' })).toBeNull();
  });

  it('words the period as the certificate’s title shows it', () => {
    expect(certificatesFr.period('2026-03-01', '2026-03-31', '2026-03')).toBe('mars 2026');
    expect(certificatesFr.period('2026-03-03', '2026-03-17', null)).toBe('du 03/03/2026 au 17/03/2026');
  });
});
