import { expect, test, type Locator, type Page } from '@playwright/test';
import { addDays } from '../../shared/domain/calendar';
import { appreciationsFr } from '../../shared/i18n/fr/appreciations';
import { marksScreenFr as t } from '../../shared/i18n/fr/marks-screen';
import { navFr } from '../../shared/i18n/fr/nav';
import { ADMIN } from './accounts';
import { cohortOf, currentSemester, trainerWithAccount } from './fixtures';
import { api, logIn } from './api';
import { heading } from './locators';

/**
 * Two people on the same mark and the same appreciation, in a real browser: a trainer has the
 * sheet open while the administrator changes a mark through the API. The trainer's next value
 * for that cell is refused: the cell shows the administrator's mark, the typed one is offered in
 * the tooltip and the warning above the grid, and "Remplacer par ma saisie" sends it knowingly.
 * The same for an appreciation: the typed text stays in the field beside the current version,
 * and nothing is sent on leaving the field until the trainer chooses.
 */

const COHORT_NAME = 'Conflits NDRC';
const GROUP = 'CF-A';
const SUBJECT = 'Culture générale et expression';
const TRAINER = {
  firstName: 'Yann',
  surname: 'Le Goff',
  login: 'yann.legoff',
  provisional: 'Provisoire-Yann-01',
  password: 'Yann-conflit-2026',
};
const LEARNERS = [
  { surname: 'Aubert', firstName: 'Inès' },
  { surname: 'Bonnet', firstName: 'Théo' },
];
const nameOf = (l: { surname: string; firstName: string }) =>
  `${l.surname.toLocaleUpperCase('fr-FR')} ${l.firstName}`;

function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

function cell(grid: Locator, page: Page, learner: number): Locator {
  return grid
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: nameOf(LEARNERS[learner]!), exact: true }) })
    .getByRole('gridcell')
    .first();
}

test('notes: a mark and an appreciation changed by someone else meanwhile are never overwritten unawares', async ({
  page,
  request,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1400, height: 900 });
  await api(request, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
  const today = parisToday();
  let groupId = 0;
  let subjectId = 0;
  let periodId = 0;
  let periodName = '';
  let evaluationId = 0;
  const learnerIds: number[] = [];

  await test.step('set-up through the API: a group of two, a trainer of the subject, an evaluation', async () => {
    const { cohort } = await cohortOf(request, {
      name: COHORT_NAME,
      programmeCode: 'BTS-NDRC',
      today,
      holidayZone: 'C',
      alsaceMoselle: false,
    });
    const current = await currentSemester(request, cohort.id, today);
    periodId = current.id;
    periodName = current.name;
    groupId = (await api(request, 'groups.create', { cohortId: cohort.id, name: GROUP })).id;
    for (const learner of LEARNERS) {
      const created = await api(request, 'learners.create', {
        ...learner,
        accessRoute: 'apprenticeship',
        employerName: 'Librairie Aubert',
        tutorName: 'Paul Aubert',
        tutorEmail: 'paul.aubert@example.fr',
        entryDate: addDays(today, -60),
        cohortId: cohort.id,
        groupId,
      });
      learnerIds.push(created.id);
    }
    subjectId = (await api(request, 'teaching.list', { groupId })).subjects.find(
      (s) => s.subjectName === SUBJECT,
    )!.subjectId;
    const trainer = await trainerWithAccount(request, TRAINER, [subjectId]);
    await api(request, 'teaching.set', { groupId, subjectId, trainerIds: [trainer.id] });
    evaluationId = (
      await api(request, 'evaluations.create', {
        groupId,
        subjectId,
        periodId,
        title: 'Synthèse 1',
        date: today,
        kind: 'homework',
        coefficient: 1,
      })
    ).id;
    await api(page.request, 'auth.login', { login: TRAINER.login, password: TRAINER.provisional });
    await api(page.request, 'auth.changePassword', {
      currentPassword: TRAINER.provisional,
      newPassword: TRAINER.password,
    });
    await api(page.request, 'auth.logout', {});
  });

  const grid = page.getByRole('grid', { name: t.gridLabel(SUBJECT, GROUP, periodName) });
  const marksOf = async () =>
    (await api(request, 'markSheet.get', { groupId, subjectId, periodId })).cells.find(
      (c) => c.learnerId === learnerIds[0],
    )!;

  await test.step('the trainer types a mark; the administrator changes it while the sheet is open', async () => {
    await logIn(page, TRAINER.login, TRAINER.password);
    await page.getByRole('navigation').getByRole('link', { name: navFr.marks, exact: true }).click();
    await expect(heading(page)).toHaveText(t.title);
    await page.getByRole('combobox', { name: t.group, exact: true }).click();
    await page.getByRole('option', { name: t.groupOf(COHORT_NAME, GROUP), exact: true }).click();
    await cell(grid, page, 0).click();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').getByText(t.saved, { exact: true })).toBeVisible();

    const read = await marksOf();
    await api(request, 'marks.save', {
      evaluationId,
      learnerId: learnerIds[0]!,
      text: '15,5',
      expectedUpdatedAt: read.updatedAt,
    });
  });

  await test.step('the trainer’s 14 is refused: the cell shows 15,5, the 14 is offered, and sent on request', async () => {
    await cell(grid, page, 0).click();
    await page.keyboard.type('14');
    await page.keyboard.press('Enter');
    const conflicted = cell(grid, page, 0);
    await expect(conflicted).toHaveText('15,5');
    await expect(conflicted).toHaveAttribute('aria-invalid', 'true');
    const warning = page.getByRole('alert').filter({ hasText: t.conflicts(1) });
    await expect(warning).toContainText(
      /a été modifiée par Anne Administratrice le \d\d\/\d\d\/\d{4} à \d\d:\d\d : 15,5 — votre saisie 14 n’a pas été enregistrée/,
    );
    await expect(page.getByRole('status').getByText(t.conflictShort)).toBeVisible();
    await conflicted.click();
    await expect(page.getByRole('tooltip')).toContainText(t.conflictTip('14'));
    expect((await marksOf()).text).toBe('15,5');

    await warning.getByRole('button', { name: t.overwrite(1) }).click();
    await expect(cell(grid, page, 0)).toHaveText('14');
    await expect(page.getByRole('status').getByText(t.saved, { exact: true })).toBeVisible();
    await expect(warning).toBeHidden();
    expect((await marksOf()).text).toBe('14');
    const history = await api(request, 'marks.history', { learnerId: learnerIds[0]!, evaluationId });
    expect(history.map((h) => `${h.oldValue}→${h.newValue} ${h.changedBy.name}`)).toEqual([
      '15,5→14 Yann Le Goff',
      '12→15,5 Anne Administratrice',
      '→12 Yann Le Goff',
    ]);
  });

  await test.step('an appreciation changed meanwhile: the typed text stays beside the current one', async () => {
    await page.getByRole('tab', { name: appreciationsFr.tabLabel }).click();
    const learner = `${LEARNERS[1]!.firstName} ${LEARNERS[1]!.surname}`;
    const field = page.getByRole('textbox', { name: appreciationsFr.appreciationOf(learner) });
    await field.fill('Bon semestre.');
    await field.blur();
    await expect(page.getByRole('status').getByText(appreciationsFr.saved, { exact: true })).toBeVisible();

    const listed = await api(request, 'appreciations.list', { groupId, periodId, subjectId });
    const row = listed.rows.find((r) => r.learnerId === learnerIds[1])!;
    await api(request, 'appreciations.save', {
      learnerId: learnerIds[1]!,
      periodId,
      subjectId,
      text: 'Des progrès à confirmer.',
      expectedUpdatedAt: row.updatedAt,
    });

    await field.fill('Bon semestre, travail régulier.');
    await field.blur();
    const warning = page.getByRole('alert').filter({ hasText: appreciationsFr.takeTheirs });
    await expect(warning).toContainText(
      /a été modifiée par Anne Administratrice le .* Votre texte n’a pas été enregistré/,
    );
    await expect(warning).toContainText('Des progrès à confirmer.');
    await expect(field).toHaveValue('Bon semestre, travail régulier.');
    await field.focus();
    await field.blur(); // leaving the field again sends nothing while the choice is pending
    await expect(warning).toBeVisible();

    await warning.getByRole('button', { name: appreciationsFr.keepMineOf(learner) }).click();
    await expect(warning).toBeHidden();
    await expect(page.getByRole('status').getByText(appreciationsFr.saved, { exact: true })).toBeVisible();
    const after = await api(request, 'appreciations.list', { groupId, periodId, subjectId });
    expect(after.rows.find((r) => r.learnerId === learnerIds[1])!.text).toBe(
      'Bon semestre, travail régulier.',
    );
  });

  expect(pageErrors).toEqual([]);
});
