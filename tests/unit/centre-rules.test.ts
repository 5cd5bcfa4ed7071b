import { describe, expect, it } from 'vitest';
import {
  addressLines,
  CENTRE_TEXT_FIELDS,
  formatSiret,
  missingForDocuments,
  type CentreText,
} from '../../electron/backend/features/centre/rules';
import { centreFr, formatSignedOn } from '../../shared/i18n/fr/centre';

const empty = Object.fromEntries(CENTRE_TEXT_FIELDS.map((f) => [f, null])) as CentreText;
const full: CentreText = {
  name: 'Les Écureuils',
  address: '12 rue de l’Église',
  postcode: '69003',
  city: 'Lyon',
  siret: '84227154000010',
  nda: '84691234569',
  phone: null,
  email: null,
  signatoryName: 'Hélène Mérieux',
  signatoryTitle: 'Directrice',
};

describe('what documents need of the centre', () => {
  it('lists every required field in the order of the form when nothing is set', () => {
    expect(missingForDocuments(empty)).toEqual([
      'Nom du centre',
      'Adresse',
      'Ville',
      'SIRET',
      'Numéro de déclaration d’activité',
      'Nom du signataire',
      'Qualité du signataire',
    ]);
  });

  it('asks nothing more once they are set; postcode, phone and e-mail are optional', () => {
    expect(missingForDocuments(full)).toEqual([]);
    expect(missingForDocuments({ ...full, postcode: null })).toEqual([]);
  });

  it('counts a blank field as missing', () => {
    expect(missingForDocuments({ ...full, city: '   ', nda: '' })).toEqual([
      centreFr.fields.city,
      centreFr.fields.nda,
    ]);
  });
});

describe('printed forms', () => {
  it('groups a SIRET as SIREN by threes then the NIC', () => {
    expect(formatSiret('84227154000010')).toBe('842 271 540 00010');
    expect(formatSiret('842 271 540 00010')).toBe('842 271 540 00010');
    expect(formatSiret('123')).toBe('123');
  });

  it('writes the address on its lines and adds the postcode and city unless already there', () => {
    expect(
      addressLines({ address: '12 rue de l’Église\n\n Bâtiment C ', postcode: '69003', city: 'Lyon' }),
    ).toEqual(['12 rue de l’Église', 'Bâtiment C', '69003 Lyon']);
    expect(addressLines({ address: '12 rue X, 69003 Lyon', postcode: '69003', city: 'Lyon' })).toEqual([
      '12 rue X, 69003 Lyon',
    ]);
    expect(addressLines({ address: null, postcode: null, city: 'Lyon' })).toEqual(['Lyon']);
    expect(addressLines({ address: null, postcode: null, city: null })).toEqual([]);
  });

  it('dates “Fait à …, le …” the French way, the first of the month as “1er”', () => {
    expect(formatSignedOn('2026-03-01')).toBe('1er mars 2026');
    expect(formatSignedOn('2026-03-11')).toBe('11 mars 2026');
    expect(formatSignedOn('2026-12-21')).toBe('21 décembre 2026');
    expect(centreFr.print.madeAt('Saint-Étienne', '2026-06-30')).toBe(
      'Fait à Saint-Étienne, le 30 juin 2026',
    );
    expect(centreFr.print.madeAt(null, '2026-06-01')).toBe('Fait le 1er juin 2026');
  });
});
