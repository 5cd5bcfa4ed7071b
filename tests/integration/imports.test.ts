import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportCheck, ImportPreview } from '../../shared/api/imports';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { archive, count, learner, makeCohort, makeGroup, members, upload } from './learners-setup';

let b: TestBackend;
let admin: string;
let cohortId: number;
const as = (token: string) => ({ sessionToken: token });
const fixture = (name: string) => upload(name, readFileSync(path.join(__dirname, '../fixtures', name)));

beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
  cohortId = makeCohort(b.db, 'NDRC 2025-2027');
});
afterEach(() => b?.close());

async function value<T>(method: string, input: unknown): Promise<T> {
  const { result } = await b.app.call(method, input, as(admin));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as T;
}

async function preview(name: string, kind: 'learners' | 'trainers' = 'learners') {
  return value<ImportPreview>('imports.preview', { kind, file: fixture(name) });
}

describe('imports.preview', () => {
  it('reads a UTF-8 CSV with ; and a BOM, accents intact, and guesses the mapping', async () => {
    const p = await preview('learners-utf8.csv');
    expect(p).toMatchObject({ format: 'csv', encoding: 'utf-8', separator: ';', rowCount: 10 });
    expect(p.headers[0]).toBe('Nom');
    expect(p.sample).toHaveLength(10);
    expect(p.sample[2]!.slice(0, 2)).toEqual(['Nguyễn', 'Anaïs']);
    expect(p.sample[6]!.slice(0, 2)).toEqual(['Œhler', 'Maëlys']);
    expect(p.mapping).toMatchObject({
      surname: 0,
      firstName: 1,
      birthDate: 2,
      email: 3,
      phone: 4,
      accessRoute: 5,
      funding: 6,
      employerName: 7,
      employerSiret: 8,
      address: null,
    });
  });

  it('detects a Windows-1252 CSV with , separators and quoted commas', async () => {
    const p = await preview('learners-cp1252.csv');
    expect(p).toMatchObject({ format: 'csv', encoding: 'windows-1252', separator: ',', rowCount: 5 });
    expect(p.headers).toEqual(['Nom', 'Prénom', 'Né(e) le', 'Courriel', 'Statut', 'Entreprise', 'Adresse']);
    expect(p.sample[0]).toEqual([
      'Cœuret',
      'Anaïs',
      '03/05/2003',
      'anais.coeuret@example.fr',
      'Apprentissage',
      'Pâtisserie Côté Sud',
      '4, rue de l’Église, 69005 Lyon',
    ]);
    expect(p.sample.map((r) => r[0])).toEqual(['Cœuret', 'Bérard', 'Lefrançois', 'Rivière', 'Œillet']);
    expect(p.mapping).toMatchObject({
      surname: 0,
      firstName: 1,
      birthDate: 2,
      email: 3,
      accessRoute: 4,
      employerName: 5,
      address: 6,
    });
  });

  it('reads the first worksheet of an XLSX, dates as ISO', async () => {
    const p = await preview('learners-30.xlsx');
    expect(p).toMatchObject({ format: 'xlsx', encoding: null, separator: null, rowCount: 30 });
    expect(p.sample[0]).toEqual([
      'Lefèvre',
      'Léa',
      '2000-01-01',
      'lea.lefevre@example.fr',
      '06 10 20 30 40',
      'Apprentissage',
      '',
      '',
    ]);
  });

  it('reads tab-separated text and skips empty lines', async () => {
    const text = 'Nom\tPrénom\tVoie d’accès\r\n\r\nDurand\tMarie\tVAE\r\n\t\t\r\nMartin\tNoé\tVAE\r\n';
    const p = await value<ImportPreview>('imports.preview', {
      kind: 'learners',
      file: upload('liste.txt', Buffer.from(text)),
    });
    expect(p).toMatchObject({
      separator: '\t',
      rowCount: 2,
      sample: [
        ['Durand', 'Marie', 'VAE'],
        ['Martin', 'Noé', 'VAE'],
      ],
    });
  });

  it('refuses other file types and unreadable workbooks with a French message', async () => {
    const cases = [
      upload('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])),
      upload('ancien.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      upload('abime.xlsx', Buffer.from('PK\u0003\u0004 pas vraiment un zip')),
      upload('vide.csv', Buffer.from('\r\n\r\n')),
      upload('unicode.csv', Buffer.from([0xff, 0xfe, 0x4e, 0x00])),
    ];
    const messages: string[] = [];
    for (const file of cases) {
      const { result } = await b.app.call('imports.preview', { kind: 'learners', file }, as(admin));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { file: expect.any(String) } },
      });
      messages.push((result as { error: { message: string } }).error.message);
    }
    expect(messages[0]).toMatch(/ni un CSV ni un classeur Excel/);
    expect(messages[1]).toMatch(/\.xls/);
    expect(messages[2]).toMatch(/illisible/);
    expect(messages[3]).toMatch(/vide/);
    expect(messages[4]).toMatch(/UTF-16/);
  });
});

describe('imports.check', () => {
  it('reports each bad cell with a message naming the expected form, and duplicates', async () => {
    const { mapping } = await preview('learners-bad-rows.csv');
    const check = await value<ImportCheck>('imports.check', {
      kind: 'learners',
      file: fixture('learners-bad-rows.csv'),
      mapping,
      cohortId,
    });
    expect(check).toMatchObject({ validCount: 2, invalidCount: 7, duplicateCount: 1 });
    const byLine = Object.fromEntries(check.rows.map((r) => [r.line, r]));
    expect(byLine[2]).toMatchObject({
      errors: {},
      duplicateOf: null,
      values: { surname: 'Bernard', birthDate: '04/02/2003' },
    });
    expect(byLine[3]!.errors).toEqual({ birthDate: 'Date illisible : « 31/02/2004 » (attendu JJ/MM/AAAA)' });
    expect(byLine[4]!.errors.accessRoute).toMatch(
      /^Voie d’accès inconnue : « Stage » \(attendu : Apprentissage,/,
    );
    expect(byLine[5]!.errors).toEqual({ surname: '« Nom » est obligatoire.' });
    expect(byLine[6]!.errors).toEqual({
      email: 'Adresse e-mail invalide : « jean.dupont@ » (attendu nom@domaine.fr)',
    });
    expect(byLine[7]!.errors.employerSiret).toMatch(/^SIRET invalide : « 12345678901234 »/);
    expect(byLine[8]!.errors).toEqual({
      funding: expect.stringMatching(/^Indiquez le financement de la formule pro/),
    });
    expect(byLine[9]).toMatchObject({ errors: {}, duplicateOf: 'Doublon de la ligne 2' });
    expect(byLine[10]).toMatchObject({ errors: {}, duplicateOf: null });
  });

  it('flags a row matching a learner already recorded, and writes nothing', async () => {
    await value(
      'learners.create',
      learner({ surname: 'Durand', firstName: 'Marie', birthDate: '2004-03-12' }),
    );
    const before = checksum(b.db);
    const { mapping } = await preview('learners-utf8.csv');
    const check = await value<ImportCheck>('imports.check', {
      kind: 'learners',
      file: fixture('learners-utf8.csv'),
      mapping,
      cohortId,
    });
    expect(check).toMatchObject({ validCount: 9, invalidCount: 1, duplicateCount: 1 });
    expect(check.rows[0]!.duplicateOf).toBe('Déjà enregistré : Marie Durand, né(e) le 12/03/2004');
    expect(checksum(b.db)).toBe(before);
  });

  it('requires a column for each required field, naming it', async () => {
    const { mapping } = await preview('learners-utf8.csv');
    const { result } = await b.app.call(
      'imports.check',
      {
        kind: 'learners',
        file: fixture('learners-utf8.csv'),
        mapping: { ...mapping, surname: null, bogus: 1 },
        cohortId,
      },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          'mapping.surname': 'Choisissez la colonne qui contient « Nom » (obligatoire).',
          'mapping.bogus': expect.any(String),
        },
      },
    });
    const beyond = await b.app.call(
      'imports.check',
      {
        kind: 'learners',
        file: fixture('learners-utf8.csv'),
        mapping: { ...mapping, address: 40 },
        cohortId,
      },
      as(admin),
    );
    expect(beyond.result).toMatchObject({
      ok: false,
      error: { fields: { 'mapping.address': expect.stringMatching(/colonne 41 n’existe pas/) } },
    });
  });
});

describe('imports.run', () => {
  it('imports every row of a valid file into the cohort, with the funding and the audit log', async () => {
    const { mapping } = await preview('learners-utf8.csv');
    const done = await value('imports.run', {
      kind: 'learners',
      file: fixture('learners-utf8.csv'),
      mapping,
      cohortId,
      onlyValid: false,
    });
    expect(done).toEqual({ imported: 10, skipped: 0 });
    const rows = b.db
      .prepare(
        'SELECT surname, first_name, birth_date, access_route, funding, employer_siret, cohort_id FROM learners ORDER BY id',
      )
      .all();
    expect(rows).toHaveLength(10);
    expect(rows[2]).toEqual({
      surname: 'Nguyễn',
      first_name: 'Anaïs',
      birth_date: '2002-07-21',
      access_route: 'pro_formula',
      funding: 'cpf',
      employer_siret: null,
      cohort_id: cohortId,
    });
    expect(rows[0]).toMatchObject({ employer_siret: '73282932000074', birth_date: '2004-03-12' });
    expect(rows[9]).toMatchObject({
      surname: 'Garçon',
      access_route: 'pro_formula',
      funding: 'cpf_transition',
    });
    const log = b.db.prepare("SELECT target, details FROM audit_log WHERE action = 'imports.run'").all() as {
      target: string;
      details: string;
    }[];
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]!.details)).toMatchObject({
      kind: 'learners',
      imported: 10,
      skipped: 0,
      fileName: 'learners-utf8.csv',
    });
  });

  it('writes nothing when a row is invalid, or only the valid rows when asked', async () => {
    const { mapping } = await preview('learners-bad-rows.csv');
    const input = { kind: 'learners', file: fixture('learners-bad-rows.csv'), mapping, cohortId };
    const before = checksum(b.db);
    const refused = await b.app.call('imports.run', { ...input, onlyValid: false }, as(admin));
    expect(refused.result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^7 lignes ne sont pas valides : rien n’a été importé/),
      },
    });
    expect(checksum(b.db)).toBe(before);
    expect(await value('imports.run', { ...input, onlyValid: true })).toEqual({ imported: 2, skipped: 7 });
    expect(b.db.prepare('SELECT surname FROM learners ORDER BY id').all()).toEqual([
      { surname: 'Bernard' },
      { surname: 'Lambert' },
    ]);
  });

  it('puts 30 learners of an XLSX into an empty group, from today', async () => {
    const groupId = makeGroup(b.db, cohortId, 'Groupe A');
    const { mapping } = await preview('learners-30.xlsx');
    expect(
      await value('imports.run', {
        kind: 'learners',
        file: fixture('learners-30.xlsx'),
        mapping,
        cohortId,
        groupId,
        onlyValid: false,
      }),
    ).toEqual({ imported: 30, skipped: 0 });
    expect(members(b.db, groupId)).toBe(30);
    expect(b.db.prepare('SELECT DISTINCT start_date FROM group_memberships').all()).toEqual([
      { start_date: '2026-03-02' },
    ]);
  });

  it('refuses the whole import when the group would pass 30, naming the group and the limit', async () => {
    const groupId = makeGroup(b.db, cohortId, 'Groupe A');
    await value('learners.create', { ...learner({ surname: 'Déjà', firstName: 'Là' }), groupId });
    const { mapping } = await preview('learners-30.xlsx');
    const before = checksum(b.db);
    const { result } = await b.app.call(
      'imports.run',
      { kind: 'learners', file: fixture('learners-30.xlsx'), mapping, groupId, onlyValid: false },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          'Le groupe « Groupe A » compte déjà 1 apprenant : en ajouter 30 dépasserait la limite de 30 apprenants par groupe.',
      },
    });
    expect(checksum(b.db)).toBe(before);
    expect(count(b.db, 'learners')).toBe(1);
  });

  it('refuses an archived cohort and a group of another cohort', async () => {
    const { mapping } = await preview('learners-utf8.csv');
    const file = fixture('learners-utf8.csv');
    const other = makeGroup(b.db, makeCohort(b.db, 'NRC 2025'), 'B');
    const wrong = await b.app.call(
      'imports.run',
      { kind: 'learners', file, mapping, cohortId, groupId: other, onlyValid: false },
      as(admin),
    );
    expect(wrong.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { groupId: expect.stringMatching(/n’appartient pas/) } },
    });
    archive(b.db, cohortId);
    const locked = await b.app.call(
      'imports.check',
      { kind: 'learners', file, mapping, cohortId },
      as(admin),
    );
    expect(locked.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/archivée/) },
    });
    expect(count(b.db, 'learners')).toBe(0);
  });

  it('imports trainers with their contract type, and flags a trainer already recorded', async () => {
    const { mapping } = await preview('trainers.csv', 'trainers');
    const file = fixture('trainers.csv');
    expect(await value('imports.run', { kind: 'trainers', file, mapping, onlyValid: false })).toEqual({
      imported: 5,
      skipped: 0,
    });
    expect(b.db.prepare('SELECT surname, first_name, contract_type FROM trainers ORDER BY id').all()).toEqual(
      [
        { surname: 'Martin', first_name: 'Sophie', contract_type: 'temporary' },
        { surname: 'Leroy', first_name: 'Étienne', contract_type: 'employee' },
        { surname: 'Gauthier', first_name: 'Amélie', contract_type: 'freelance' },
        { surname: 'Faure', first_name: 'Benoît', contract_type: 'freelance' },
        { surname: 'Mercier', first_name: 'Hélène', contract_type: 'employee' },
      ],
    );
    const again = await value<ImportCheck>('imports.check', { kind: 'trainers', file, mapping });
    expect(again).toMatchObject({ validCount: 0, duplicateCount: 5 });
    expect(again.rows[0]!.duplicateOf).toBe('Déjà enregistré : Sophie Martin');
  });

  it('refuses every import method to a trainer', async () => {
    const trainer = await userWithRole(b.app, admin, 'trainer');
    const file = fixture('trainers.csv');
    const before = checksum(b.db);
    for (const [method, input] of [
      ['imports.template', { kind: 'learners' }],
      ['imports.preview', { kind: 'trainers', file }],
      ['imports.check', { kind: 'trainers', file, mapping: {} }],
      ['imports.run', { kind: 'trainers', file, mapping: {}, onlyValid: true }],
    ] as const) {
      expect((await b.app.call(method, input, as(trainer))).result).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(checksum(b.db)).toBe(before);
  });
});
