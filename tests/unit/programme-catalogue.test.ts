import { describe, expect, it } from 'vitest';
import ndrcJson from '../../resources/programmes/bts-ndrc.json';
import {
  BUILTIN_PROGRAMMES,
  parseBuiltinProgramme,
} from '../../electron/backend/features/programmes/catalogue';
import {
  mandatoryCoefficientTotal,
  programmeContentIssues,
  subjectHoursTotal,
} from '../../shared/domain/programme-rules';

const byCode = (code: string) => {
  const found = BUILTIN_PROGRAMMES.find((p) => p.code === code);
  if (!found) throw new Error(`missing ${code}`);
  return found;
};

describe('built-in catalogue: BTS NDRC', () => {
  const ndrc = byCode('BTS-NDRC');

  it('carries the identity of the diploma', () => {
    expect(ndrc).toMatchObject({
      title: 'BTS Négociation et Digitalisation de la Relation Client (NDRC)',
      rncpCode: '38368',
      diplomaCode: '32031212',
      nsfCode: '312',
      level: 5,
      totalHours: 1350,
    });
    expect(ndrc.objectives).toHaveLength(16);
    expect(ndrc.objectives[0]).toBe('Cibler et prospecter la clientèle');
    expect(ndrc.objectives.some((o) => o.startsWith('>'))).toBe(false);
  });

  it('has units U1–U6 whose coefficients total 21, and subjects totalling 1350 h', () => {
    expect(ndrc.units.map((u) => u.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
    expect(mandatoryCoefficientTotal(ndrc.units)).toBe(21);
    expect(ndrc.units.some((u) => u.optional)).toBe(false);
    expect(subjectHoursTotal(ndrc.subjects)).toBe(1350);
    expect(ndrc.units.find((u) => u.code === 'U5')).toMatchObject({
      form: 'written_practical',
      durationMinutes: 220,
      coefficient: 4,
      kind: 'professional',
    });
    expect(ndrc.units.find((u) => u.code === 'U4')).toMatchObject({
      durationMinutes: 60,
      preparationMinutes: 40,
    });
  });

  it('maps blocs 1, 2, 3 to U4, U5, U6', () => {
    expect(ndrc.blocs.map((b) => [b.number, b.unitCodes])).toEqual([
      [1, ['U4']],
      [2, ['U5']],
      [3, ['U6']],
    ]);
  });
});

describe('built-in catalogue: BTS NRC', () => {
  const nrc = byCode('BTS-NRC');

  it('has mandatory coefficients totalling 21, 1200 h of subjects, one optional unit and no blocs', () => {
    expect(mandatoryCoefficientTotal(nrc.units)).toBe(21);
    expect(subjectHoursTotal(nrc.subjects)).toBe(1200);
    expect(nrc.totalHours).toBe(1200);
    expect(nrc.units.filter((u) => u.optional).map((u) => u.code)).toEqual(['UF1']);
    expect(nrc.blocs).toEqual([]);
    expect(nrc.rncpCode).toBeNull();
    expect(nrc.diplomaCode).toBeNull();
    expect(nrc.objectives.length).toBeGreaterThanOrEqual(5);
    expect(nrc.objectives.length).toBeLessThanOrEqual(8);
  });

  it('gives each subject the coefficient of its unit', () => {
    for (const subject of nrc.subjects) {
      const unit = nrc.units.find((u) => u.code === subject.unitCode);
      expect(subject.coefficient, subject.name).toBe(unit?.coefficient);
    }
  });
});

describe('every built-in programme', () => {
  it.each(BUILTIN_PROGRAMMES.map((p) => [p.code, p] as const))(
    '%s is consistent: every subject and bloc names an existing unit',
    (_code, programme) => {
      const codes = new Set(programme.units.map((u) => u.code));
      for (const s of programme.subjects)
        if (s.unitCode !== null) expect(codes.has(s.unitCode), s.name).toBe(true);
      for (const b of programme.blocs) for (const c of b.unitCodes) expect(codes.has(c)).toBe(true);
      expect(programmeContentIssues(programme)).toEqual({});
    },
  );

  it('fails loudly when a JSON file is edited into nonsense', () => {
    const broken = structuredClone(ndrcJson) as { subjects: { unitCode: string | null }[]; units: unknown[] };
    broken.subjects[0]!.unitCode = 'U9';
    expect(() => parseBuiltinProgramme('bts-ndrc.json', broken)).toThrow(
      /inconsistent.*subjects\.0\.unitCode/,
    );
    const badShape = { ...structuredClone(ndrcJson), totalHours: 'beaucoup' };
    expect(() => parseBuiltinProgramme('bts-ndrc.json', badShape)).toThrow(/invalid/);
  });
});

describe('programme content rules', () => {
  const base = () => structuredClone(byCode('BTS-NDRC'));

  it('names the duplicate subject, unit and bloc at their row', () => {
    const p = base();
    p.subjects[2]!.name = ' anglais ';
    p.units[1]!.code = 'U1';
    p.blocs[2]!.number = 1;
    expect(programmeContentIssues(p)).toMatchObject({
      'subjects.2.name': expect.stringContaining('apparaît deux fois'),
      'units.1.code': expect.stringContaining('U1 apparaît deux fois'),
      'blocs.2.number': expect.stringContaining('n° 1'),
    });
  });

  it('refuses references to missing units and a second optional unit', () => {
    const p = base();
    p.blocs[0]!.unitCodes = ['U4', 'U7'];
    p.units[0]!.optional = true;
    p.units[1]!.optional = true;
    const issues = programmeContentIssues(p);
    expect(issues['blocs.0.unitCodes']).toMatch(/U7 n’existe pas/);
    expect(issues['units.1.optional']).toMatch(/au plus une épreuve facultative/);
    expect(issues['units.0.optional']).toBeUndefined();
  });
});
