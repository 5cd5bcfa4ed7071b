import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { addDays } from '../../shared/domain/calendar';
import { roundForDisplay } from '../../shared/domain/marks';
import { documentsScreenFr as t } from '../../shared/i18n/fr/documents-screen';
import { navFr } from '../../shared/i18n/fr/nav';
import { asExtracted, pdfInfo, pdfText } from '../helpers/pdf';
import { ADMIN } from './accounts';
import { cohortOf, currentSemester } from './fixtures';
import { api, logIn } from './api';
import { choose, heading } from './locators';

/**
 * An adviser prints a group's report cards and a cohort's attestations in a few clicks, end to
 * end over HTTP. Set up through the API: the centre's identity, a cohort with its semesters, a
 * group of 30 apprentices, two evaluations with their marks, an adviser account. The adviser
 * opens Documents, picks Bulletins de notes, the group and the semester, looks at the preview
 * of the first page, generates the batch with its progress bar and gets one PDF of 30 pages
 * whose text holds a learner's name and general average — the averages' own figure. Then the
 * cohort's attestations; the archive lists both and gives each file again byte for byte. A
 * batch cancelled from a learner's page leaves the archive as it was.
 */

const PROGRAMME_CODE = 'BTS-NDRC';
const COHORT_NAME = 'Documents NDRC';
const GROUP = 'DOC-A';
const ADVISER = {
  displayName: 'Clémence Conseillère',
  login: 'clemence.conseil',
  provisional: 'Provisoire-Clemence-01',
  password: 'Clemence-documents-2026',
};
const CENTRE = {
  name: 'Centre de formation Les Érables',
  address: '12 rue de l’Église',
  postcode: '67000',
  city: 'Strasbourg',
  siret: '73282932000074',
  nda: '42670123467',
  signatoryName: 'Hélène Fèvre',
  signatoryTitle: 'Directrice',
};
const SURNAMES =
  'Abadie Béranger Caron Delmas Étienne Ferrand Gauthier Hamon Imbert Joly Kieffer Lefèvre Marchal Noël Ollivier Pasquier Quéré Renaud Sauvage Tessier Urbain Vallet Weber Yvon Zeller Ângelo Bézier Cœur Dàvila Ébrard'.split(
    ' ',
  );
const LEARNERS = SURNAMES.map((surname, i) => ({
  surname,
  firstName: ['Éloïse', 'Noé', 'Maëlle', 'François', 'Anaïs'][i % 5]!,
}));
/** Two evaluations of the semester; learner i takes mark i % 10 of each. */
const MARKS = [
  ['12', '14,5', '9', '16', '11', '8,5', '13', '15', '10', '17'],
  ['15', '12', '11,5', '14', '9', '10', '16,5', '13', '12', '18'],
];
/** The learner whose report card is read in the PDF. */
const READ = LEARNERS[2]!;

function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

async function openDocuments(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: navFr.documents, exact: true }).click();
  await expect(heading(page)).toHaveText(t.title);
}

test.describe.configure({ mode: 'serial' });

let cohortId = 0;
let groupId = 0;
let period = { id: 0, name: '', startDate: '', endDate: '' };
const learnerIds = new Map<string, number>();
/** The files the adviser got, to compare with what the archive gives again. */
const issued = new Map<'reportCards' | 'attestations', { bytes: Buffer; title: string }>();

test('documents: set-up through the API — centre, a group of 30 with marks, an adviser', async ({
  page,
  request,
}) => {
  await api(request, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
  await api(request, 'centre.update', CENTRE);
  const today = parisToday();
  const startDate = addDays(today, -60);
  const { cohort } = await cohortOf(request, {
    name: COHORT_NAME,
    programmeCode: PROGRAMME_CODE,
    today,
    holidayZone: 'B',
    alsaceMoselle: true,
  });
  cohortId = cohort.id;
  period = await currentSemester(request, cohortId, today);
  groupId = (await api(request, 'groups.create', { cohortId, name: GROUP })).id;
  for (const learner of LEARNERS) {
    const created = await api(request, 'learners.create', {
      ...learner,
      accessRoute: 'apprenticeship',
      employerName: 'Librairie Œuvres complètes',
      tutorName: 'Raphaël Noël',
      tutorEmail: 'raphael.noel@example.fr',
      entryDate: startDate,
      cohortId,
      groupId,
    });
    learnerIds.set(learner.surname, created.id);
  }
  const subjects = (await api(request, 'teaching.list', { groupId })).subjects.slice(0, MARKS.length);
  for (const [i, subject] of subjects.entries()) {
    const evaluation = await api(request, 'evaluations.create', {
      groupId,
      subjectId: subject.subjectId,
      periodId: period.id,
      title: `Devoir ${i + 1}`,
      date: today,
      kind: 'homework',
      coefficient: 1,
      scale: 20,
    });
    await api(request, 'marks.saveMany', {
      source: 'paste',
      changes: LEARNERS.map((l, k) => ({
        evaluationId: evaluation.id,
        learnerId: learnerIds.get(l.surname)!,
        text: MARKS[i]![k % 10]!,
      })),
    });
  }

  await api(request, 'users.create', {
    displayName: ADVISER.displayName,
    login: ADVISER.login,
    role: 'adviser',
    password: ADVISER.provisional,
  });
  await api(page.request, 'auth.login', { login: ADVISER.login, password: ADVISER.provisional });
  await api(page.request, 'auth.changePassword', {
    currentPassword: ADVISER.provisional,
    newPassword: ADVISER.password,
  });
  await api(page.request, 'auth.logout', {});
});

test('documents: an adviser prints the group’s report cards with a preview and a progress bar', async ({
  page,
  request,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1500, height: 1000 });
  await api(request, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
  const averages = await api(request, 'averages.group', { groupId, periodId: period.id });
  const read = averages.learners.find((l) => l.learnerId === learnerIds.get(READ.surname))!;
  expect(read.general.value, 'the read learner’s general average').not.toBeNull();
  const average = roundForDisplay(read.general.value!, averages.display.displayRounding);

  await logIn(page, ADVISER.login, ADVISER.password);
  await openDocuments(page);
  // The centre's identity is complete: no warning about it.
  await expect(page.getByText(t.centreMissing([]).split(' :')[0]!)).toHaveCount(0);

  await test.step('pick Bulletins de notes, the group and the semester; the first page shows', async () => {
    await page.getByRole('radio', { name: t.kinds.reportCards }).check();
    const form = page.getByRole('main');
    await choose(form, page, t.cohort, COHORT_NAME);
    await choose(form, page, t.group, GROUP);
    await choose(form, page, t.period, t.periodOption(period.name, period.startDate, period.endDate));
    await expect(page.getByText(t.allLearners(LEARNERS.length), { exact: true })).toBeVisible();
    await page.getByRole('button', { name: t.preview, exact: true }).click();
    const canvas = page.getByRole('img', { name: t.previewCanvas });
    // pdf.js and its worker load on the first preview: slower on a busy machine.
    await expect(canvas).toBeVisible({ timeout: 20_000 });
    // Drawn, not blank: pdf.js painted the page's text and lines into it.
    const inked = await canvas.evaluate((element) => {
      const c = element as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(1000);
  });

  await test.step('Générer: the progress bar, then one PDF of 30 pages with the figures', async () => {
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: t.generate, exact: true }).click();
    const progress = page.getByRole('progressbar', { name: t.progressLabel });
    await expect(progress).toBeVisible();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await bytesOf(file);
    expect(pdfInfo(bytes).pages).toBe(LEARNERS.length);
    const text = asExtracted(pdfText(bytes));
    expect(text).toContain(READ.surname.toLocaleUpperCase('fr-FR'));
    expect(text).toContain(READ.firstName);
    expect(text).toContain(asExtracted(average));
    expect(text).toContain(CENTRE.name);
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByRole('status')).toContainText(t.generated('reportCards', 30, 30, 1));
    const archived = await api(request, 'documents.archive', { cohortId, kind: 'reportCards' });
    issued.set('reportCards', { bytes, title: archived.items[0]!.title });
  });

  expect(pageErrors).toEqual([]);
});

test('documents: the cohort’s attestations in a few clicks', async ({ page }) => {
  await page.setViewportSize({ width: 1500, height: 1000 });
  await logIn(page, ADVISER.login, ADVISER.password);
  await openDocuments(page);
  await page.getByRole('radio', { name: t.kinds.attestations }).check();
  await choose(page.getByRole('main'), page, t.cohort, COHORT_NAME);
  await expect(page.getByRole('combobox', { name: t.group })).toHaveText(t.allGroups);
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: t.generate, exact: true }).click();
  const bytes = await bytesOf(await downloaded);
  const pages = pdfInfo(bytes).pages;
  expect(pages).toBeGreaterThanOrEqual(LEARNERS.length);
  const text = asExtracted(pdfText(bytes));
  expect(text).toContain(READ.surname.toLocaleUpperCase('fr-FR'));
  expect(text).toContain(CENTRE.city);
  await expect(page.getByRole('status')).toContainText(t.generated('attestations', 30, pages, 1));
  const archived = await api(page.request, 'documents.archive', { cohortId, kind: 'attestations' });
  issued.set('attestations', { bytes, title: archived.items[0]!.title });
});

test('documents: the archive lists both and gives each file again, byte for byte', async ({ page }) => {
  await page.setViewportSize({ width: 1500, height: 1000 });
  await logIn(page, ADVISER.login, ADVISER.password);
  await openDocuments(page);
  await page.getByRole('tab', { name: t.tabs.archive, exact: true }).click();
  const grid = page.getByRole('grid', { name: t.archiveLabel });
  await expect(grid).toBeVisible();
  await choose(page.getByRole('main'), page, t.filterCohort, COHORT_NAME);
  await expect(grid.getByRole('row')).toHaveCount(issued.size + 1);
  for (const [kind, { bytes, title }] of issued) {
    const row = grid.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText(t.kindsShort[kind]);
    await expect(row).toContainText(t.learnerCount(LEARNERS.length));
    await expect(row).toContainText(ADVISER.displayName);
    const downloaded = page.waitForEvent('download');
    await row.getByRole('button', { name: t.downloadOf(title, 1) }).click();
    expect((await bytesOf(await downloaded)).equals(bytes)).toBe(true);
  }
});

test('documents: a batch started from a learner’s page and cancelled leaves the archive as it was', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1500, height: 1000 });
  await logIn(page, ADVISER.login, ADVISER.password);
  const before = await api(page.request, 'documents.archive', { cohortId });

  const learner = LEARNERS[0]!;
  await page.goto(`/#/apprenants/${learnerIds.get(learner.surname)}`);
  await page
    .getByRole('button', { name: t.learnerMenuLabel(`${learner.firstName} ${learner.surname}`) })
    .click();
  await page.getByRole('menuitem', { name: t.learnerActions.reportCards }).click();
  await expect(heading(page)).toHaveText(t.title);
  await expect(page.getByRole('radio', { name: t.kinds.reportCards })).toBeChecked();
  await expect(page.getByRole('combobox', { name: t.group })).toHaveText(GROUP);
  await expect(page.getByText(t.someLearners(1, LEARNERS.length), { exact: true })).toBeVisible();
  // The whole group instead, so that the batch has something to stop.
  await page.getByRole('checkbox', { name: t.someLearners(1, LEARNERS.length) }).click();
  await expect(page.getByText(t.allLearners(LEARNERS.length), { exact: true })).toBeVisible();

  // The batch's progress is held back until "Annuler" has been pressed, whatever the machine's speed.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/documents.status', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: t.generate, exact: true }).click();
  await expect(page.getByRole('progressbar', { name: t.progressLabel })).toBeVisible();
  await page.getByRole('button', { name: t.cancel, exact: true }).click();
  await expect(page.getByText(t.cancelled, { exact: true })).toBeVisible();
  release();
  await page.unrouteAll({ behavior: 'wait' });

  expect(await api(page.request, 'documents.archive', { cohortId })).toEqual(before);
  await page.getByRole('tab', { name: t.tabs.archive, exact: true }).click();
  const grid = page.getByRole('grid', { name: t.archiveLabel });
  await expect(grid).toBeVisible();
  await choose(page.getByRole('main'), page, t.filterCohort, COHORT_NAME);
  await expect(grid.getByRole('row')).toHaveCount(before.items.length + 1);
});
