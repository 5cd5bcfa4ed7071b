import { expect, test, type Locator, type Page } from '@playwright/test';
import { addDays } from '../../shared/domain/calendar';
import {
  applyResits,
  type BtsInput,
  type BtsUnit,
  classStatistics,
  decideBts,
  evaluationStatistics,
  type MarkEntry,
  parseMarkInput,
  type Resit,
  roundForDisplay,
  subjectAverage,
} from '../../shared/domain/marks';
import { authFr } from '../../shared/i18n/fr/auth';
import { commonFr } from '../../shared/i18n/fr/common';
import { examsScreenFr } from '../../shared/i18n/fr/exams-screen';
import { marksFr } from '../../shared/i18n/fr/marks';
import { marksRulesFr } from '../../shared/i18n/fr/marks-rules';
import { marksScreenFr as t } from '../../shared/i18n/fr/marks-screen';
import { navFr } from '../../shared/i18n/fr/nav';
import { ADMIN } from './accounts';
import { escapeRegExp, heading, label } from './locators';
import type { Result } from '../../shared/api/index';
import { cohortOf, currentSemester, trainerWithAccount } from './fixtures';
import { api, logIn } from './api';

/**
 * A trainer fills a mark sheet as fast as in a spreadsheet, end to end over HTTP. Set up through
 * the API: a cohort with its semesters, a group of 25 apprentices, a trainer account linked to a
 * trainer assigned to the subject on the group. The trainer opens Notes, creates an evaluation,
 * types its column of 25 marks with Enter between them (a mark above the scale is refused in the
 * cell, then corrected), creates a second evaluation and pastes its column copied from a
 * spreadsheet, confirms the preview, and reads the class and learner averages — checked against
 * the domain's own functions. The administrator closes the semester; the trainer then finds the
 * sheet read-only with the reason, and a mark sent straight to the API is refused.
 */

const PROGRAMME_CODE = 'BTS-NDRC';
const COHORT_NAME = 'Notes NDRC';
const GROUP = 'NT-A';
const SUBJECT = 'Culture générale et expression';
const TRAINER = {
  firstName: 'Hélène',
  surname: 'Vasseur',
  login: 'helene.vasseur',
  provisional: 'Provisoire-Helene-01',
  password: 'Helene-note-vite-2026',
};
const SURNAMES = [
  'Abadie',
  'Barbier',
  'Caron',
  'Delmas',
  'Étienne',
  'Ferrand',
  'Gauthier',
  'Hamon',
  'Imbert',
  'Joly',
  'Kieffer',
  'Lacroix',
  'Marchal',
  'Noël',
  'Ollivier',
  'Pasquier',
  'Quéré',
  'Renaud',
  'Sauvage',
  'Tessier',
  'Urbain',
  'Vallet',
  'Weber',
  'Yvon',
  'Zeller',
];
const LEARNERS = SURNAMES.map((surname, i) => ({
  surname,
  firstName: `Prénom${String(i + 1).padStart(2, '0')}`,
}));
const nameOf = (l: { surname: string; firstName: string }) =>
  `${l.surname.toLocaleUpperCase('fr-FR')} ${l.firstName}`;

/** Typed one per learner, Enter between them; the sixth is first typed above the scale. */
const TYPED = [
  '12',
  '12,5',
  'abs',
  '8.5',
  '15',
  '14',
  '9',
  'ABJ',
  '17,25',
  '11',
  '6',
  '13',
  '10',
  '18',
  '7,5',
  '16',
  '12',
  'disp',
  '9,5',
  '14',
  '11,75',
  '8',
  '15,5',
  '10',
  '13',
];
const REFUSED_AT = 5;
const REFUSED_TEXT = '25';
/** Pasted as one column copied from a spreadsheet (French decimals, a code, CRLF line ends). */
const PASTED = [
  '14',
  '9,5',
  '11',
  '13',
  '16',
  '12,25',
  '8',
  '13',
  '10',
  '15',
  '7',
  '12',
  '14,5',
  '17',
  'ABS',
  '13',
  '9',
  '11',
  '12',
  '15',
  '10,5',
  '9',
  '16',
  '11',
  '12',
];
const FIRST = { title: 'Devoir 1 — argumentation', coefficient: '2' };
const SECOND = { title: 'Oral 1 — exposé', coefficient: '1' };

function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

async function openNotes(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: navFr.marks, exact: true }).click();
  await expect(heading(page)).toHaveText(t.title);
}

/** A learner's cell in the sheet: the evaluations' columns, then the period and year averages. */
function cell(grid: Locator, page: Page, learner: number, col: number): Locator {
  return grid
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: nameOf(LEARNERS[learner]!), exact: true }) })
    .getByRole('gridcell')
    .nth(col);
}

function footer(grid: Locator, page: Page, line: string): Locator {
  return grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: line, exact: true }) });
}

async function createEvaluation(page: Page, evaluation: { title: string; coefficient: string }) {
  await page.getByRole('button', { name: t.newEvaluation }).click();
  const dialog = page.getByRole('dialog', { name: t.createTitle });
  await dialog.getByLabel(label(t.fieldTitle)).fill(evaluation.title);
  await dialog.getByLabel(label(t.fieldCoefficient)).fill(evaluation.coefficient);
  await dialog.getByRole('button', { name: commonFr.save }).click();
  await expect(dialog).toBeHidden();
}

async function expectAllSaved(page: Page, grid: Locator) {
  await expect(page.getByRole('status').getByText(t.saved, { exact: true })).toBeVisible();
  await expect(grid.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(grid.locator('[aria-invalid="true"]')).toHaveCount(0);
}

function entryOf(text: string): MarkEntry {
  const read = parseMarkInput(text);
  if (!read.ok) throw new Error(read.reason);
  return read.value;
}

test.describe.configure({ mode: 'serial' });

test('notes: a trainer types and pastes a column of 25 marks, the period is closed, the sheet locks', async ({
  page,
  request,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1500, height: 1000 });

  await api(request, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
  const settings = await api(request, 'settings.get', {});
  const today = parisToday();
  let cohortId = 0;
  let groupId = 0;
  let subjectId = 0;
  let period = { id: 0, name: '' };
  const learnerIds: number[] = [];

  await test.step('set-up through the API: semesters, a group of 25, a trainer assigned to the subject', async () => {
    const startDate = addDays(today, -60);
    const { cohort } = await cohortOf(request, {
      name: COHORT_NAME,
      programmeCode: PROGRAMME_CODE,
      today,
      holidayZone: 'C',
      alsaceMoselle: false,
    });
    cohortId = cohort.id;
    const current = await currentSemester(request, cohortId, today);
    period = { id: current.id, name: current.name };
    groupId = (await api(request, 'groups.create', { cohortId: cohort.id, name: GROUP })).id;
    for (const learner of LEARNERS) {
      const created = await api(request, 'learners.create', {
        ...learner,
        accessRoute: 'apprenticeship',
        employerName: 'Librairie Delmas',
        tutorName: 'Paul Delmas',
        tutorEmail: 'paul.delmas@example.fr',
        entryDate: startDate,
        cohortId: cohort.id,
        groupId,
      });
      learnerIds.push(created.id);
    }
    const subject = (await api(request, 'teaching.list', { groupId })).subjects.find(
      (s) => s.subjectName === SUBJECT,
    );
    expect(subject, `${SUBJECT} taught to ${GROUP}`).toBeDefined();
    subjectId = subject!.subjectId;
    const trainer = await trainerWithAccount(request, TRAINER, [subjectId]);
    await api(request, 'teaching.set', { groupId, subjectId, trainerIds: [trainer.id] });

    await api(page.request, 'auth.login', { login: TRAINER.login, password: TRAINER.provisional });
    await api(page.request, 'auth.changePassword', {
      currentPassword: TRAINER.provisional,
      newPassword: TRAINER.password,
    });
    await api(page.request, 'auth.logout', {});
  });

  const grid = page.getByRole('grid', { name: t.gridLabel(SUBJECT, GROUP, period.name) });

  await test.step('the trainer opens Notes and picks the group, the subject and the semester', async () => {
    await logIn(page, TRAINER.login, TRAINER.password);
    await openNotes(page);
    await page.getByRole('combobox', { name: t.group, exact: true }).click();
    await page.getByRole('option', { name: t.groupOf(COHORT_NAME, GROUP), exact: true }).click();
    await expect(page.getByRole('combobox', { name: t.subject })).toHaveText(SUBJECT);
    await expect(page.getByRole('combobox', { name: t.period })).toContainText(period.name);
    await expect(page.getByText(t.emptyEvaluations, { exact: true })).toBeVisible();
  });

  await test.step('a first evaluation; its column of 25 marks typed with Enter between them', async () => {
    await createEvaluation(page, FIRST);
    await expect(
      grid.getByRole('columnheader', { name: new RegExp(escapeRegExp(FIRST.title)) }),
    ).toBeVisible();
    await expect(grid.getByRole('rowheader')).toHaveCount(LEARNERS.length + 4); // learners + 4 statistics

    await cell(grid, page, 0, 0).click();
    for (const [i, text] of TYPED.entries()) {
      if (i === REFUSED_AT) {
        await page.keyboard.type(REFUSED_TEXT);
        await page.keyboard.press('Enter');
        const refused = cell(grid, page, i, 0);
        await expect(refused).toHaveAttribute('aria-invalid', 'true');
        await expect(refused).toHaveText(REFUSED_TEXT);
        await expect(refused).toHaveAccessibleDescription(t.cellInvalid(marksRulesFr.aboveScale(20)));
        await expect(page.getByRole('tooltip')).toHaveText(marksRulesFr.aboveScale(20));
        await expect(refused).toBeFocused(); // the cursor stayed on the refused cell
      }
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await expectAllSaved(page, grid);
    await expect(cell(grid, page, 1, 0)).toHaveText('12,5');
    await expect(cell(grid, page, 2, 0)).toHaveText('ABS');
    await expect(cell(grid, page, 3, 0)).toHaveText('8,5');
    await expect(cell(grid, page, REFUSED_AT, 0)).toHaveText(TYPED[REFUSED_AT]!);
    await expect(cell(grid, page, 24, 0)).toHaveText('13');
    // Nothing of the refused value reached the database: the cell's history has only the correction.
    await cell(grid, page, REFUSED_AT, 0).click();
    await page.getByRole('button', { name: t.history }).click();
    const history = page.getByRole('dialog', {
      name: t.historyTitle(nameOf(LEARNERS[REFUSED_AT]!), FIRST.title),
    });
    const rows = history.getByRole('table', { name: t.historyLabel }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(TYPED[REFUSED_AT]!);
    await expect(rows.nth(1)).toContainText(t.sources.sheet);
    await history.getByRole('button', { name: commonFr.close }).click();
  });

  await test.step('a second evaluation; its column pasted from a spreadsheet, previewed, applied', async () => {
    await createEvaluation(page, SECOND);
    await expect(
      grid.getByRole('columnheader', { name: new RegExp(escapeRegExp(SECOND.title)) }),
    ).toBeVisible();
    await cell(grid, page, 0, 1).click();
    await expect(cell(grid, page, 0, 1)).toBeFocused();
    await page.evaluate(
      (text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document.activeElement!.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      },
      `${PASTED.join('\r\n')}\r\n`,
    );
    const preview = page.getByRole('dialog', { name: t.pasteTitle });
    await expect(preview.getByText(t.pasteIntro(PASTED.length, 0), { exact: true })).toBeVisible();
    const changes = preview.getByRole('table', { name: t.pasteChanges }).getByRole('row');
    await expect(changes).toHaveCount(PASTED.length + 1);
    await expect(changes.nth(2)).toContainText(nameOf(LEARNERS[1]!));
    await expect(changes.nth(2)).toContainText('9,5');
    // Nothing is saved before "Appliquer".
    const before = await api(page.request, 'markSheet.get', { groupId, subjectId, periodId: period.id });
    const secondId = before.evaluations.find((e) => e.title === SECOND.title)!.id;
    expect(before.cells.filter((c) => c.evaluationId === secondId && c.text !== '')).toEqual([]);
    await preview.getByRole('button', { name: t.apply }).click();
    await expect(preview).toBeHidden();
    await expectAllSaved(page, grid);
    await expect(cell(grid, page, 1, 1)).toHaveText('9,5');
    await expect(cell(grid, page, 14, 1)).toHaveText('ABS');
  });

  await test.step('the class statistics and a learner’s average are those of the rules', async () => {
    const averageSettings = { absCountsAsZero: settings.marks.absCountsAsZero };
    const shown = (value: number | null) =>
      value === null ? t.none : roundForDisplay(value, settings.marks.displayRounding);
    const first = TYPED.map(entryOf);
    const second = PASTED.map(entryOf);
    const learnerAverage = (i: number) =>
      subjectAverage(
        [
          { entry: first[i]!, coefficient: Number(FIRST.coefficient) },
          { entry: second[i]!, coefficient: Number(SECOND.coefficient) },
        ],
        averageSettings,
      ).value;
    const classAverage = classStatistics(LEARNERS.map((_, i) => learnerAverage(i)));

    const averages = footer(grid, page, t.classAverage).getByRole('gridcell');
    await expect(averages.nth(0)).toHaveText(shown(evaluationStatistics(first, averageSettings).average));
    await expect(averages.nth(1)).toHaveText(shown(evaluationStatistics(second, averageSettings).average));
    await expect(averages.nth(2)).toHaveText(shown(classAverage.average));
    await expect(footer(grid, page, t.min).getByRole('gridcell').nth(2)).toHaveText(shown(classAverage.min));
    await expect(footer(grid, page, t.max).getByRole('gridcell').nth(2)).toHaveText(shown(classAverage.max));
    await expect(footer(grid, page, t.count).getByRole('gridcell').nth(0)).toHaveText(
      String(evaluationStatistics(first, averageSettings).count),
    );
    // A learner with a half point and a quarter point: (12,5 × 2 + 9,5) / 3.
    await expect(cell(grid, page, 1, 2)).toHaveText(shown(learnerAverage(1)));
    // ABJ is neutralised: only the pasted mark counts.
    await expect(cell(grid, page, 7, 2)).toHaveText(shown(learnerAverage(7)));
  });

  await test.step('the administrator closes the semester in Périodes', async () => {
    await page.getByRole('button', { name: authFr.logout }).click();
    await logIn(page, ADMIN.login, ADMIN.password);
    await openNotes(page);
    await page.getByRole('tab', { name: t.tabs.periods, exact: true }).click();
    await page.getByRole('combobox', { name: t.cohort, exact: true }).click();
    await page.getByRole('option', { name: COHORT_NAME, exact: true }).click();
    const table = page.getByRole('grid', { name: t.periodsLabel(COHORT_NAME) });
    await table.getByRole('button', { name: t.closeOf(period.name), exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: t.close, exact: true }).click();
    await expect(table.getByRole('row').filter({ hasText: period.name })).toContainText(ADMIN.displayName);
    await expect(table.getByRole('button', { name: t.reopenOf(period.name), exact: true })).toBeVisible();
  });

  await test.step('the trainer finds the sheet read-only with the reason; the API refuses a mark', async () => {
    const closed = (await api(request, 'periods.list', { cohortId })).find(
      (p) => p.id === period.id,
    )!.closed!;
    const reason = marksFr.periodClosed(period.name, ADMIN.displayName, closed.at);

    await page.getByRole('button', { name: authFr.logout }).click();
    await logIn(page, TRAINER.login, TRAINER.password);
    await openNotes(page);
    await page.getByRole('combobox', { name: t.group, exact: true }).click();
    await page.getByRole('option', { name: t.groupOf(COHORT_NAME, GROUP), exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: t.readOnlyTitle })).toContainText(reason);
    await expect(grid).toHaveAttribute('aria-readonly', 'true');
    await expect(page.getByRole('button', { name: t.newEvaluation })).toHaveCount(0);
    await cell(grid, page, 0, 0).click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(cell(grid, page, 0, 0)).toHaveText(TYPED[0]!);

    const evaluation = (await api(page.request, 'evaluations.list', { groupId, subjectId })).find(
      (e) => e.title === FIRST.title,
    )!;
    const response = await page.request.post('/api/marks.save', {
      data: { evaluationId: evaluation.id, learnerId: learnerIds[0], text: '5' },
    });
    const refused = (await response.json()) as Result<unknown>;
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CONFLICT');
      expect(refused.error.message).toBe(reason);
    }
    const sheet = await api(page.request, 'markSheet.get', { groupId, subjectId, periodId: period.id });
    expect(
      sheet.cells.find((c) => c.evaluationId === evaluation.id && c.learnerId === learnerIds[0])!.text,
    ).toBe(TYPED[0]);
  });

  await test.step('the simulator puts a learner at the épreuves de contrôle, the resits admit them', async () => {
    const learnerId = learnerIds[0]!;
    const summary = (await api(request, 'programmes.list', {})).find((p) => p.code === PROGRAMME_CODE)!;
    const programme = await api(request, 'programmes.get', { id: summary.id });
    const units: BtsUnit[] = programme.units
      .filter((u) => !u.optional)
      .map((u) => ({ code: u.code, coefficient: u.coefficient, kind: u.kind, optional: u.optional }));
    const view = await api(request, 'exams.learner', { learnerId });
    // Professional units at 10,5 and the lowest whole general mark that still opens the resits.
    const inputWith = (general: number): BtsInput => ({
      units,
      entries: units.map((u) => ({
        code: u.code,
        kind: 'mark' as const,
        mark: view.professionalUnitCodes.includes(u.code) ? 10.5 : general,
      })),
      sessionDate: view.sessionDate,
      professionalUnitCodes: view.professionalUnitCodes,
    });
    const general = [4, 5, 6, 7, 8, 9].find((g) => {
      const result = decideBts(inputWith(g));
      return result.ok && result.decision.outcome === 'resits';
    });
    expect(general, 'general marks that open the épreuves de contrôle').toBeDefined();
    const input = inputWith(general!);
    const before = decideBts(input);
    if (!before.ok) throw new Error(before.reason);
    expect(before.decision.outcome).toBe('resits');
    for (const entry of input.entries) {
      if (entry.kind !== 'mark') continue;
      await api(request, 'exams.setUnit', {
        learnerId,
        unitCode: entry.code,
        entry: { kind: 'mark', mark: entry.mark },
      });
    }
    // One resit at 18 on the first general unit, a second one only if the rules need it.
    const resitCodes = view.resitUnitCodes.filter((code) => units.some((u) => u.code === code));
    const resitsFor = (n: number): Resit[] => resitCodes.slice(0, n).map((code) => ({ code, mark: 18 }));
    const count = [1, 2].find((n) => {
      const result = applyResits(input, resitsFor(n));
      return result.ok && result.decision.outcome === 'admitted';
    });
    expect(count, 'resit marks that admit the learner').toBeDefined();
    const after = applyResits(input, resitsFor(count!));
    if (!after.ok) throw new Error(after.reason);

    await page.getByRole('button', { name: authFr.logout }).click();
    await logIn(page, ADMIN.login, ADMIN.password);
    await page.goto(`/#/examens/apprenant/${learnerId}`);
    const decision = page.getByRole('region', { name: examsScreenFr.decisionTitle });
    await expect(decision).toContainText(examsScreenFr.outcomes.resits);
    await expect(decision).toContainText(before.decision.explanation);

    const resits = page.getByRole('region', { name: examsScreenFr.resitsTitle });
    for (const [i, resit] of resitsFor(count!).entries()) {
      const unit = programme.units.find((u) => u.code === resit.code)!;
      await resits.getByRole('combobox', { name: examsScreenFr.resitUnit(i + 1) }).click();
      await page.getByRole('option', { name: `${unit.code} — ${unit.title}`, exact: true }).click();
      await resits.getByLabel(examsScreenFr.resitMark(i + 1)).fill('18');
    }
    const recomputed = resits.getByRole('region', { name: examsScreenFr.afterResits });
    await expect(recomputed).toContainText(examsScreenFr.outcomes.admitted);
    await expect(recomputed).toContainText(after.decision.explanation);
  });

  expect(pageErrors).toEqual([]);
});
