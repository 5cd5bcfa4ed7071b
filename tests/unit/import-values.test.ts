import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  excelSerialToIso,
  isoToExcelSerial,
  parseAccessRoute,
  parseBoolean,
  parseContractType,
  parseFrenchDate,
  parseFunding,
} from '../../shared/domain/import-values';

const value = <T>(parsed: { ok: boolean; value?: T; error?: string }) =>
  parsed.ok ? parsed.value : `ERR ${parsed.error}`;

describe('parseFrenchDate', () => {
  it('reads the French ways of writing a date, and ISO', () => {
    for (const text of [
      '12/03/2004',
      '12-03-2004',
      '12.03.2004',
      '2004-03-12',
      '2004/03/12',
      ' 12/3/2004 ',
      '12 mars 2004',
      '2004-03-12T00:00:00.000Z',
    ]) {
      expect(value(parseFrenchDate(text)), text).toBe('2004-03-12');
    }
    expect(value(parseFrenchDate('1er août 2025'))).toBe('2025-08-01');
    expect(value(parseFrenchDate('1/9/2025'))).toBe('2025-09-01');
  });

  it('treats an empty cell as no date', () => {
    expect(parseFrenchDate('')).toEqual({ ok: true, value: null });
    expect(parseFrenchDate('   ')).toEqual({ ok: true, value: null });
  });

  it('knows leap years: 29/02 on 2004 and 2000, not on 2003 or 1900; 31/04 does not exist', () => {
    expect(value(parseFrenchDate('29/02/2004'))).toBe('2004-02-29');
    expect(value(parseFrenchDate('29/02/2000'))).toBe('2000-02-29');
    expect(parseFrenchDate('29/02/2003')).toEqual({
      ok: false,
      error: 'Date illisible : « 29/02/2003 » (attendu JJ/MM/AAAA)',
    });
    expect(parseFrenchDate('29/02/1900').ok).toBe(false);
    expect(parseFrenchDate('31/04/2004').ok).toBe(false);
    expect(parseFrenchDate('31/02/2004')).toEqual({
      ok: false,
      error: 'Date illisible : « 31/02/2004 » (attendu JJ/MM/AAAA)',
    });
    expect(parseFrenchDate('00/01/2004').ok).toBe(false);
    expect(parseFrenchDate('12/13/2004').ok).toBe(false);
  });

  it('refuses two-digit years, saying why', () => {
    expect(parseFrenchDate('12/03/04')).toEqual({
      ok: false,
      error: 'Année sur deux chiffres : « 12/03/04 » (attendu JJ/MM/AAAA, par exemple 12/03/2004)',
    });
  });

  it('reads Excel serial numbers, but not a bare year', () => {
    expect(value(parseFrenchDate('38058'))).toBe('2004-03-12');
    expect(value(parseFrenchDate('38058.5'))).toBe('2004-03-12');
    expect(parseFrenchDate('2004').ok).toBe(false);
    expect(parseFrenchDate('12/03/2004 et 13/03/2004').ok).toBe(false);
    expect(parseFrenchDate('12-03/2004').ok).toBe(false);
  });

  it('reads back any real date written JJ/MM/AAAA with any separator, and never throws', () => {
    const day = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.constantFrom('/', '-', '.'), (date, sep) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        expect(value(parseFrenchDate(`${d}${sep}${m}${sep}${y}`))).toBe(iso);
        expect(value(parseFrenchDate(iso))).toBe(iso);
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseFrenchDate(text)));
  });

  it('converts Excel serials both ways, around the phantom 29/02/1900 and in the 1904 system', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(isoToExcelSerial('2004-03-12')).toBe(38058);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73415 }), (serial) => {
        expect(isoToExcelSerial(excelSerialToIso(serial))).toBe(serial);
      }),
    );
  });
});

describe('parseAccessRoute', () => {
  it.each([
    ['Apprentissage', 'apprenticeship'],
    ['apprenti', 'apprenticeship'],
    ['Contrat d’apprentissage', 'apprenticeship'],
    ["CONTRAT D'APPRENTISSAGE", 'apprenticeship'],
    ['Contrat de professionnalisation', 'professionalisation'],
    ['pro', 'professionalisation'],
    ['Contrat pro', 'professionalisation'],
    ['Initiale alternée', 'initial_alternating'],
    ['Formation initiale alternée', 'initial_alternating'],
    ['Formule pro', 'pro_formula'],
    ['VAE', 'vae'],
    ['  vae ', 'vae'],
  ])('%s -> %s', (text, route) => {
    expect(parseAccessRoute(text)).toEqual({ ok: true, value: { route, funding: null } });
  });

  it('takes a funding written with or instead of formule pro', () => {
    expect(value(parseAccessRoute('Formule pro (CPF)'))).toEqual({ route: 'pro_formula', funding: 'cpf' });
    expect(value(parseAccessRoute('Formule pro - Pro-A'))).toEqual({
      route: 'pro_formula',
      funding: 'pro_a',
    });
    expect(value(parseAccessRoute('CPF de transition'))).toEqual({
      route: 'pro_formula',
      funding: 'cpf_transition',
    });
  });

  it('refuses anything else, listing the accepted values; empty is no value', () => {
    expect(parseAccessRoute('Stage')).toEqual({
      ok: false,
      error:
        'Voie d’accès inconnue : « Stage » (attendu : Apprentissage, Contrat de professionnalisation, Formation initiale alternée, Formule pro, VAE)',
    });
    expect(parseAccessRoute('')).toEqual({ ok: true, value: null });
  });
});

describe('parseFunding', () => {
  it.each([
    ['CPF', 'cpf'],
    ['cpf', 'cpf'],
    ['PDC', 'skills_plan'],
    ['Plan de développement des compétences', 'skills_plan'],
    ['CPF de transition', 'cpf_transition'],
    ['Pro-A', 'pro_a'],
    ['ProA', 'pro_a'],
    ['CSP', 'csp'],
  ])('%s -> %s', (text, funding) => {
    expect(parseFunding(text)).toEqual({ ok: true, value: funding });
  });

  it('refuses an unknown funding and reads empty as none', () => {
    expect(parseFunding('OPCO').ok).toBe(false);
    expect((parseFunding('OPCO') as { error: string }).error).toMatch(
      /^Financement inconnu : « OPCO » \(attendu : CPF, /,
    );
    expect(parseFunding(' ')).toEqual({ ok: true, value: null });
  });
});

describe('parseBoolean and parseContractType', () => {
  it('reads oui/non, x, 1/0, vrai/faux; an empty cell is no', () => {
    for (const yes of ['oui', 'OUI', 'x', 'X', '1', 'Vrai', 'true'])
      expect(value(parseBoolean(yes)), yes).toBe(true);
    for (const no of ['non', 'Non', '0', 'faux', '', '  ']) expect(value(parseBoolean(no)), no).toBe(false);
    expect(parseBoolean('peut-être')).toEqual({
      ok: false,
      error: 'Valeur non reconnue : « peut-être » (attendu oui ou non)',
    });
  });

  it.each([
    ['salarié', 'employee'],
    ['Salariée', 'employee'],
    ['CDI', 'employee'],
    ['vacataire', 'temporary'],
    ['Indépendant', 'freelance'],
    ['auto-entrepreneur', 'freelance'],
    ['Auto entrepreneur', 'freelance'],
  ])('contract type %s -> %s', (text, type) => {
    expect(parseContractType(text)).toEqual({ ok: true, value: type });
  });

  it('refuses an unknown contract type', () => {
    expect((parseContractType('stagiaire') as { error: string }).error).toMatch(
      /^Type de contrat inconnu : « stagiaire »/,
    );
  });
});
