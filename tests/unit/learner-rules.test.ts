import { describe, expect, it } from 'vitest';
import { foldName, identityKey, learnerErrors, type LearnerFacts } from '../../shared/domain/learner-rules';
import { learnerRulesFr as t } from '../../shared/i18n/fr/learners';

const TODAY = '2026-03-02';
const base: LearnerFacts = {
  birthDate: '2004-03-12',
  accessRoute: 'apprenticeship',
  funding: null,
  employerSiret: null,
  contractStart: null,
  contractEnd: null,
  entryDate: null,
  exitDate: null,
  status: 'in_training',
  dropoutDate: null,
  dropoutReason: null,
};
const errors = (facts: Partial<LearnerFacts>) => learnerErrors({ ...base, ...facts }, TODAY);

describe('learnerErrors', () => {
  it('accepts a plain record', () => {
    expect(errors({})).toEqual({});
  });

  it('wants a funding for formule pro, and only for it', () => {
    expect(errors({ accessRoute: 'pro_formula' })).toEqual({ funding: t.fundingRequired });
    expect(errors({ accessRoute: 'pro_formula', funding: 'cpf' })).toEqual({});
    expect(errors({ accessRoute: 'vae', funding: 'cpf' })).toEqual({ funding: t.fundingOnlyProFormula });
  });

  it('checks the SIRET key', () => {
    expect(errors({ employerSiret: '73282932000074' })).toEqual({});
    expect(errors({ employerSiret: '73282932000075' })).toEqual({ employerSiret: t.siretInvalid });
  });

  it('wants the contract to end after it starts (same day refused)', () => {
    expect(errors({ contractStart: '2025-09-01', contractEnd: '2025-09-02' })).toEqual({});
    expect(errors({ contractStart: '2025-09-01', contractEnd: '2025-09-01' })).toEqual({
      contractEnd: t.contractEndBeforeStart,
    });
    expect(errors({ contractStart: '2025-09-01' })).toEqual({});
  });

  it('allows leaving the day of entry, not before', () => {
    expect(errors({ entryDate: '2025-09-01', exitDate: '2025-09-01' })).toEqual({});
    expect(errors({ entryDate: '2025-09-01', exitDate: '2025-08-31' })).toEqual({
      exitDate: t.exitBeforeEntry,
    });
  });

  it('refuses a birth date in the future or more than 100 years ago, today and 100 years being fine', () => {
    expect(errors({ birthDate: TODAY })).toEqual({});
    expect(errors({ birthDate: '2026-03-03' })).toEqual({ birthDate: t.birthDateInFuture });
    expect(errors({ birthDate: '1926-01-01' })).toEqual({});
    expect(errors({ birthDate: '1925-12-31' })).toEqual({ birthDate: t.birthDateTooOld });
  });

  it('wants the date and reason of a dropout, and neither otherwise', () => {
    expect(errors({ status: 'dropped_out' })).toEqual({
      dropoutDate: t.dropoutDateRequired,
      dropoutReason: t.dropoutReasonRequired,
    });
    expect(
      errors({ status: 'dropped_out', dropoutDate: '2026-01-10', dropoutReason: 'Déménagement' }),
    ).toEqual({});
    expect(errors({ dropoutReason: 'Déménagement' })).toEqual({ dropoutReason: t.dropoutOnlyWhenDroppedOut });
    expect(errors({ status: 'graduated', dropoutDate: '2026-01-10' })).toEqual({
      dropoutDate: t.dropoutOnlyWhenDroppedOut,
    });
  });

  it('refuses a unit given twice and kept marks under 10', () => {
    expect(
      errors({
        dispensations: [{ unitCode: 'U1' }, { unitCode: 'U1' }],
        keptMarks: [
          { unitCode: 'U4', mark: 10 },
          { unitCode: 'U5', mark: 9.99 },
        ],
      }),
    ).toEqual({ 'dispensations.1.unitCode': t.duplicateUnit('U1'), 'keptMarks.1.mark': t.keptMarkBelowTen });
  });
});

describe('identityKey and foldName', () => {
  it('ignores case, accents, ligatures, hyphens and spaces', () => {
    expect(identityKey('Cœur', 'Jean-Pierre', '2004-03-12')).toBe(
      identityKey('COEUR', 'jean pierre', '2004-03-12'),
    );
    expect(identityKey('Éluard', 'Maëlys', null)).toBe(identityKey('eluard', 'MAELYS', null));
    expect(identityKey('Durand', 'Marie', '2004-03-12')).not.toBe(
      identityKey('Durand', 'Marie', '2004-03-13'),
    );
  });

  it('folds for search', () => {
    expect(foldName('Œhler Élodie')).toBe('oehler elodie');
  });
});
