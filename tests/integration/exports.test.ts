import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../shared/api/fields';
import { freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { archive, learner, makeCohort, makeGroup } from './learners-setup';

let b: TestBackend;
let admin: string;
const as = (token: string) => ({ sessionToken: token });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b?.close());

async function create(input: Record<string, unknown>) {
  const { result } = await b.app.call('learners.create', { ...learner(), ...input }, as(admin));
  if (!result.ok) throw new Error(JSON.stringify(result));
}

async function workbook(file: FileDownload): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
  return book;
}

/** The sheet's values row by row, as ExcelJS reads them from the bytes. */
function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

async function setup() {
  const cohortId = makeCohort(b.db, 'NDRC 2025/2027');
  const a = makeGroup(b.db, cohortId, 'Groupe A');
  const c = makeGroup(b.db, cohortId, 'Groupe C');
  await create({
    surname: 'Zola',
    firstName: 'Émile',
    cohortId,
    groupId: a,
    birthDate: '2003-11-05',
    employerName: 'Librairie Œuvres',
  });
  await create({
    surname: 'Éluard',
    firstName: 'Paul',
    cohortId,
    groupId: a,
    accessRoute: 'pro_formula',
    funding: 'cpf',
    employerName: null,
    employerSiret: null,
  });
  await create({ surname: 'Durand', firstName: 'Zoé', cohortId, groupId: c });
  await create({ surname: 'Chevalier', firstName: 'Inès', cohortId, accessRoute: 'vae' });
  return { cohortId, a };
}

describe('exports.groupList', () => {
  it('lists the group’s learners sorted by name, with French labels, dates and accents intact', async () => {
    const { a } = await setup();
    const { result } = await b.app.call('exports.groupList', { groupId: a }, as(admin));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const file = result.value as FileDownload;
    expect(file.fileName).toBe('Liste_NDRC_2025_2027_Groupe_A.xlsx');
    expect(file.mimeType).toBe(XLSX);
    const book = await workbook(file);
    expect(book.worksheets).toHaveLength(1);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Groupe A');
    expect(rows(sheet)).toEqual([
      ['NDRC 2025/2027 — Groupe A'],
      ['Nom', 'Prénom', 'Date de naissance', 'E-mail', 'Téléphone', 'Voie d’accès', 'Entreprise'],
      [
        'Éluard',
        'Paul',
        new Date('2004-03-12T00:00:00Z'),
        'marie.durand@example.fr',
        '06 12 34 56 78',
        'Formule pro',
      ],
      [
        'Zola',
        'Émile',
        new Date('2003-11-05T00:00:00Z'),
        'marie.durand@example.fr',
        '06 12 34 56 78',
        'Apprentissage',
        'Librairie Œuvres',
      ],
    ]);
    expect(sheet.getCell('C3').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getRow(2).font?.bold ?? sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.getColumn(4).width).toBeGreaterThan(20);
  });

  it('is open to trainers, even for an archived cohort; a missing group is NOT_FOUND', async () => {
    const { cohortId, a } = await setup();
    archive(b.db, cohortId);
    const trainer = await userWithRole(b.app, admin, 'trainer');
    expect((await b.app.call('exports.groupList', { groupId: a }, as(trainer))).result.ok).toBe(true);
    expect((await b.app.call('exports.cohortRoster', { cohortId }, as(trainer))).result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await b.app.call('exports.groupList', { groupId: 999 }, as(admin))).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('exports.cohortRoster', () => {
  it('has a Promotion sheet with every learner and their group, one sheet per group, and Sans groupe', async () => {
    const { cohortId } = await setup();
    const { result } = await b.app.call('exports.cohortRoster', { cohortId }, as(admin));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const file = result.value as FileDownload;
    expect(file.fileName).toBe('Promotion_NDRC_2025_2027.xlsx');
    const book = await workbook(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Promotion', 'Groupe A', 'Groupe C', 'Sans groupe']);
    const roster = rows(book.worksheets[0]!);
    expect(roster[1]).toEqual([
      'Nom',
      'Prénom',
      'Groupe',
      'Date de naissance',
      'E-mail',
      'Téléphone',
      'Voie d’accès',
      'Financement',
      'Entreprise',
      'Tuteur',
      'Statut',
    ]);
    expect(roster.slice(2).map((r) => [r[0], r[2], r[7], r[10]])).toEqual([
      ['Chevalier', undefined, undefined, 'En formation'],
      ['Durand', 'Groupe C', undefined, 'En formation'],
      ['Éluard', 'Groupe A', 'CPF', 'En formation'],
      ['Zola', 'Groupe A', undefined, 'En formation'],
    ]);
    expect(
      rows(book.worksheets[3]!)
        .slice(2)
        .map((r) => r[0]),
    ).toEqual(['Chevalier']);
    expect(book.title).toBe('Promotion NDRC 2025/2027');
  });

  it('leaves out Sans groupe when every learner has a group, and says when the cohort is missing', async () => {
    const cohortId = makeCohort(b.db, 'NRC');
    const groupId = makeGroup(b.db, cohortId, 'Promotion');
    await create({ cohortId, groupId });
    const { result } = await b.app.call('exports.cohortRoster', { cohortId }, as(admin));
    const book = await workbook((result as { value: FileDownload }).value);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Promotion', 'Promotion (2)']);
    expect((await b.app.call('exports.cohortRoster', { cohortId: 999 }, as(admin))).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
