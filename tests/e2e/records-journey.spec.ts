import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { SessionStatus, User } from '../../shared/api/auth';
import type { Result } from '../../shared/api/result';
import { GROUP_MAX } from '../../shared/domain/group-size';
import { IMPORT_FIELDS } from '../../shared/domain/import-columns';
import { formatHours, formatNumber } from '../../shared/format/fr';
import { authFr } from '../../shared/i18n/fr/auth';
import { cohortRulesFr, cohortsFr, groupsFr } from '../../shared/i18n/fr/cohorts';
import { commonFr } from '../../shared/i18n/fr/common';
import { dashboardFr } from '../../shared/i18n/fr/dashboard';
import { importsScreenFr } from '../../shared/i18n/fr/imports-screen';
import { learnersScreenFr } from '../../shared/i18n/fr/learners-screen';
import { navFr } from '../../shared/i18n/fr/nav';
import { programmesFr } from '../../shared/i18n/fr/programmes';
import { roomsFr } from '../../shared/i18n/fr/rooms';
import {
  contractTypeLabelsFr,
  slotLabelsFr,
  trainersFr,
  weekdayLabelsFr,
} from '../../shared/i18n/fr/trainers';
import { roleLabelsFr } from '../../shared/i18n/fr/users';
import { ADMIN, MANAGER } from './accounts';
import { label, select, heading, choose } from './locators';

/**
 * A pedagogical manager sets up a real BTS NDRC cohort, end to end over HTTP: the built-in
 * programme, a cohort and its group, 30 learners imported from a workbook, a 31st refused by
 * the group's limit, a trainer and a room.
 *
 * The server is shared with the other spec files (playwright.config.ts), which may or may not
 * have run first: the administrator is created through the API when the database is still
 * empty, and the manager's account is made by that administrator.
 */

const LEARNERS_30 = fileURLToPath(new URL('../fixtures/learners-30.xlsx', import.meta.url));

const NDRC = { code: 'BTS-NDRC', hours: 1350, units: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'], coefficients: 21 };
const COHORT = {
  name: 'NDRC 2026-2028',
  start: '2026-09-01',
  end: '2028-06-30',
  yearFrom: 1,
  yearTo: 2,
  zone: 'C',
};
const GROUP = 'Groupe A';
/** The 31st learner, typed by hand; no name of the imported workbook. */
const EXTRA = { surname: 'Vasseur', firstName: 'Romane' };
const TRAINER = {
  surname: 'Delmas',
  firstName: 'Sophie',
  contract: 'temporary',
  subject: 'Relation client à distance et digitalisation',
  halfDays: [
    { slot: 'morning', day: 1 },
    { slot: 'afternoon', day: 1 },
    { slot: 'morning', day: 4 },
  ],
} as const;
const ROOM = { name: 'Salle 12', capacity: 24 };

async function openNav(page: Page, key: keyof typeof navFr): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: navFr[key], exact: true }).click();
}

/** The value given for `term` in a definition list (<dt> then its <dd>). */
function fact(scope: Locator, term: string): Locator {
  return scope
    .getByRole('term')
    .filter({ hasText: label(term) })
    .locator('xpath=following-sibling::dd[1]');
}

async function api<T>(request: APIRequestContext, method: string, input: object): Promise<Result<T>> {
  const response = await request.post(`/api/${method}`, { data: input });
  return (await response.json()) as Result<T>;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll('an administrator gives the manager an account', async ({ request }) => {
  const status = await api<SessionStatus>(request, 'auth.status', {});
  if (!status.ok) throw new Error(`auth.status: ${status.error.message}`);
  const setup = status.value.setupRequired ? await api<User>(request, 'auth.setup', ADMIN) : null;
  if (!setup?.ok) {
    // Setup was done by another journey (a CONFLICT here means it was done in the meantime).
    if (setup) expect(setup.error.code).toBe('CONFLICT');
    const login = await api<User>(request, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
    expect(login, `the administrator ${ADMIN.login} signs in`).toMatchObject({ ok: true });
  }

  const created = await api<User>(request, 'users.create', {
    displayName: MANAGER.displayName,
    login: MANAGER.login,
    role: 'manager',
    password: MANAGER.provisional,
  });
  if (!created.ok) {
    // This server already saw the journey: start again from the provisional password.
    expect(created.error.code).toBe('CONFLICT');
    const users = await api<User[]>(request, 'users.list', {});
    const manager = users.ok ? users.value.find((u) => u.login === MANAGER.login) : undefined;
    expect(manager, `${MANAGER.login} is listed`).toBeDefined();
    const reset = await api<User>(request, 'users.resetPassword', {
      id: manager!.id,
      password: MANAGER.provisional,
    });
    expect(reset).toMatchObject({ ok: true });
  }
});

test('records: a manager sets up a BTS NDRC cohort, its learners, a trainer and a room', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1400, height: 900 });

  let programmeTitle = '';

  await test.step('the manager signs in and replaces the provisional password', async () => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(authFr.loginTitle);
    await page.getByLabel(label(authFr.login)).fill(MANAGER.login);
    await page.getByLabel(label(authFr.password)).fill(MANAGER.provisional);
    await page.getByRole('button', { name: authFr.loginSubmit }).click();

    await expect(heading(page)).toHaveText(authFr.changePasswordTitle);
    await page.getByLabel(label(authFr.currentPassword)).fill(MANAGER.provisional);
    await page.getByLabel(label(authFr.newPassword)).fill(MANAGER.password);
    await page.getByLabel(label(authFr.newPasswordAgain)).fill(MANAGER.password);
    await page.getByRole('button', { name: authFr.changePasswordSubmit }).click();

    await expect(page.getByTestId('current-user')).toHaveText(MANAGER.displayName);
    await expect(page.getByTestId('current-role')).toHaveText(roleLabelsFr.manager);
    await expect(heading(page)).toHaveText(dashboardFr.greeting(MANAGER.displayName));
  });

  await test.step('Programmes: the built-in BTS NDRC, 1 350 h, units U1–U6 with coefficients totalling 21', async () => {
    await openNav(page, 'programmes');
    await expect(heading(page)).toHaveText(programmesFr.title);
    const grid = page.getByRole('grid', { name: programmesFr.listLabel });
    const row = grid
      .getByRole('row')
      .filter({ has: page.getByRole('gridcell', { name: NDRC.code, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(programmesFr.builtin, { exact: true })).toBeVisible();
    await expect(row.getByRole('gridcell', { name: formatHours(NDRC.hours), exact: true })).toBeVisible();
    await expect(row).toContainText('NDRC');

    await row.getByRole('gridcell', { name: NDRC.code, exact: true }).click();
    await expect(heading(page)).toContainText('NDRC');
    programmeTitle = (await heading(page).textContent()) ?? '';
    await expect(page.getByText(programmesFr.readOnlyNote, { exact: true })).toBeVisible();
    await expect(fact(page.locator('main'), programmesFr.totalHours)).toHaveText(formatHours(NDRC.hours));

    const units = page.getByRole('table', { name: programmesFr.units });
    const unitRows = units.getByRole('row');
    // Header, one row per unit, the total of mandatory coefficients.
    await expect(unitRows).toHaveCount(NDRC.units.length + 2);
    await expect(unitRows.nth(0).getByRole('columnheader').first()).toHaveText(programmesFr.unitCode);
    for (const [i, code] of NDRC.units.entries()) {
      await expect(
        unitRows
          .nth(i + 1)
          .getByRole('cell')
          .first(),
      ).toHaveText(code);
    }
    const total = unitRows.filter({ hasText: programmesFr.mandatoryCoefficients });
    await expect(total.getByRole('cell').nth(1)).toHaveText(formatNumber(NDRC.coefficients));
  });

  await test.step('Promotions & groupes: the cohort NDRC 2026-2028 is created from the programme', async () => {
    await openNav(page, 'cohorts');
    await expect(heading(page)).toHaveText(cohortsFr.title);
    await page.getByRole('button', { name: cohortsFr.create }).click();
    const dialog = page.getByRole('dialog', { name: cohortsFr.createTitle });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(label(cohortsFr.name)).fill(COHORT.name);
    await choose(dialog, page, cohortsFr.programme, programmeTitle);
    await dialog.getByLabel(label(cohortsFr.startDate)).fill(COHORT.start);
    await dialog.getByLabel(label(cohortsFr.endDate)).fill(COHORT.end);
    await choose(dialog, page, cohortsFr.yearFrom, cohortsFr.yearLabel(COHORT.yearFrom));
    await choose(dialog, page, cohortsFr.yearTo, cohortsFr.yearLabel(COHORT.yearTo));
    await choose(dialog, page, cohortsFr.holidayZone, cohortsFr.zoneLabel(COHORT.zone));
    await expect(dialog.getByRole('combobox', { name: select(cohortsFr.holidayZone) })).toHaveText(
      cohortsFr.zoneLabel(COHORT.zone),
    );
    await dialog.getByRole('button', { name: commonFr.save }).click();
    await expect(dialog).toBeHidden();
    await expect(heading(page)).toHaveText(COHORT.name);

    // Back to the list, where the cohort shows with its programme, dates, years and zone; open it.
    await page.getByRole('link', { name: cohortsFr.back }).click();
    await expect(heading(page)).toHaveText(cohortsFr.title);
    const row = page
      .getByRole('grid', { name: cohortsFr.listLabel })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: COHORT.name, exact: true }) });
    await expect(row).toContainText(programmeTitle);
    await expect(row).toContainText('01/09/2026 – 30/06/2028');
    await expect(row).toContainText(cohortsFr.yearsRange(COHORT.yearFrom, COHORT.yearTo));
    await expect(row.getByRole('gridcell', { name: COHORT.zone, exact: true })).toBeVisible();
    await row.getByRole('link', { name: COHORT.name, exact: true }).click();
    await expect(heading(page)).toHaveText(COHORT.name);
    await expect(page.getByText(programmeTitle, { exact: true })).toBeVisible();
  });

  const groupCard = page.getByRole('region', { name: GROUP, exact: true });

  await test.step('an empty group is shown as incomplete, not plannable', async () => {
    await page.getByRole('button', { name: groupsFr.create }).click();
    const dialog = page.getByRole('dialog', { name: groupsFr.createTitle });
    await dialog.getByLabel(label(groupsFr.name)).fill(GROUP);
    await dialog.getByRole('button', { name: commonFr.save }).click();
    await expect(dialog).toBeHidden();

    await expect(groupCard).toBeVisible();
    await expect(groupCard.getByText(groupsFr.count(0, GROUP_MAX), { exact: true })).toBeVisible();
    await expect(groupCard.getByText(cohortRulesFr.incomplete, { exact: true })).toBeVisible();
    await expect(groupCard.getByText(groupsFr.empty, { exact: true })).toBeVisible();
  });

  await test.step('30 learners are imported from a workbook into the group', async () => {
    await page.getByRole('button', { name: cohortsFr.importLearners }).click();
    const dialog = page.getByRole('dialog', { name: importsScreenFr.title('learners') });
    await expect(dialog).toBeVisible();

    // Step 1: the file, then where the learners go (the cohort is the page's; the group is chosen).
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: importsScreenFr.chooseFile }).click();
    await (await chooser).setFiles(LEARNERS_30);
    await expect(fact(dialog, importsScreenFr.fileName)).toHaveText('learners-30.xlsx');
    await expect(fact(dialog, importsScreenFr.format)).toHaveText(importsScreenFr.formats.xlsx);
    await expect(fact(dialog, importsScreenFr.rowCount)).toHaveText('30');
    await expect(dialog.getByRole('combobox', { name: select(importsScreenFr.cohort) })).toHaveText(
      COHORT.name,
    );
    await choose(dialog, page, importsScreenFr.group, importsScreenFr.groupOption(GROUP, 0, GROUP_MAX));
    await dialog.getByRole('button', { name: importsScreenFr.next }).click();

    // Step 2: every required field already has its column, guessed from the titles.
    await expect(dialog.getByText(importsScreenFr.mappingIntro, { exact: true })).toBeVisible();
    for (const field of IMPORT_FIELDS.learners.filter((f) => f.required)) {
      await expect(dialog.getByRole('combobox', { name: select(field.label) })).not.toHaveText(
        importsScreenFr.notImported,
      );
    }
    await expect(dialog.getByRole('combobox', { name: select('Nom') })).toHaveText('Nom');
    await expect(dialog.getByRole('combobox', { name: select('Prénom') })).toHaveText('Prénom');
    await dialog.getByRole('button', { name: importsScreenFr.check }).click();

    // Step 3: 30 valid rows, nothing in error or duplicated; then the import.
    const counts = dialog.getByRole('status');
    await expect(counts.getByText(importsScreenFr.validCount(30), { exact: true })).toBeVisible();
    await expect(counts.getByText(importsScreenFr.invalidCount(0), { exact: true })).toBeVisible();
    await expect(counts.getByText(importsScreenFr.duplicateCount(0), { exact: true })).toBeVisible();
    await expect(dialog.getByRole('table', { name: importsScreenFr.rowsLabel }).getByRole('row')).toHaveCount(
      31,
    );
    await dialog.getByRole('button', { name: importsScreenFr.importAll(30) }).click();
    await expect(dialog.getByText(importsScreenFr.imported('learners', 30), { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: importsScreenFr.finish }).click();
    await expect(dialog).toBeHidden();

    await expect(groupCard.getByText(groupsFr.count(30, GROUP_MAX), { exact: true })).toBeVisible();
    await expect(groupCard.getByText(cohortRulesFr.incomplete)).toHaveCount(0);
    // Header and 30 learners.
    await expect(
      groupCard.getByRole('table', { name: groupsFr.learnersOf(GROUP) }).getByRole('row'),
    ).toHaveCount(31);
  });

  await test.step('a 31st learner is created by hand in the cohort, in no group', async () => {
    await openNav(page, 'learners');
    await expect(heading(page)).toHaveText(learnersScreenFr.title);
    await page.getByRole('button', { name: learnersScreenFr.create }).click();
    await expect(heading(page)).toHaveText(learnersScreenFr.createTitle);
    const form = page.getByRole('form', { name: learnersScreenFr.createTitle });
    await form.getByLabel(label(learnersScreenFr.surname)).fill(EXTRA.surname);
    await form.getByLabel(label(learnersScreenFr.firstName)).fill(EXTRA.firstName);
    await choose(form, page, learnersScreenFr.cohort, COHORT.name);

    // The full group is offered but cannot be chosen; the learner stays without a group.
    await form.getByRole('combobox', { name: select(learnersScreenFr.group) }).click();
    await expect(
      page.getByRole('option', { name: learnersScreenFr.groupFullOption(GROUP, GROUP_MAX, GROUP_MAX) }),
    ).toHaveAttribute('aria-disabled', 'true');
    await page.getByRole('option', { name: learnersScreenFr.noGroup, exact: true }).click();
    await expect(form.getByRole('combobox', { name: select(learnersScreenFr.group) })).toHaveText(
      learnersScreenFr.noGroup,
    );

    await form.getByRole('button', { name: commonFr.save }).click();
    await expect(heading(page)).toHaveText(`${EXTRA.surname.toLocaleUpperCase('fr-FR')} ${EXTRA.firstName}`);
    await expect(
      page.getByText(learnersScreenFr.created(`${EXTRA.firstName} ${EXTRA.surname}`)),
    ).toBeVisible();
  });

  await test.step('the full group refuses the 31st learner, naming the group and the limit', async () => {
    await openNav(page, 'cohorts');
    await page.getByRole('link', { name: COHORT.name, exact: true }).click();
    await expect(heading(page)).toHaveText(COHORT.name);
    const ungrouped = page.getByRole('region', { name: `${groupsFr.ungroupedTitle} (1)` });
    await expect(ungrouped.getByRole('link', { name: EXTRA.surname, exact: true })).toBeVisible();

    await groupCard
      .getByRole('group', { name: groupsFr.actionsOf(GROUP) })
      .getByRole('button', { name: groupsFr.addLearners })
      .click();
    const dialog = page.getByRole('dialog', { name: groupsFr.addTitle(GROUP) });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(groupsFr.addIntro(0), { exact: true })).toBeVisible();
    await dialog.getByRole('checkbox', { name: `${EXTRA.surname} ${EXTRA.firstName}` }).check();
    await dialog.getByRole('button', { name: `${groupsFr.add} (1)` }).click();
    await expect(dialog.getByRole('alert')).toHaveText(cohortRulesFr.groupFull(GROUP, GROUP_MAX, 1));
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: commonFr.cancel }).click();
    await expect(dialog).toBeHidden();

    await expect(groupCard.getByText(groupsFr.count(GROUP_MAX, GROUP_MAX), { exact: true })).toBeVisible();
    await expect(
      groupCard.getByRole('table', { name: groupsFr.learnersOf(GROUP) }).getByRole('row'),
    ).toHaveCount(31);
    await expect(ungrouped.getByRole('link', { name: EXTRA.surname, exact: true })).toBeVisible();
  });

  await test.step('Formateurs: a trainer of the NDRC with a weekly availability', async () => {
    await openNav(page, 'trainers');
    await expect(heading(page)).toHaveText(trainersFr.title);
    await page.getByRole('button', { name: trainersFr.create }).click();
    const dialog = page.getByRole('dialog', { name: trainersFr.createTitle });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(label(trainersFr.surname)).fill(TRAINER.surname);
    await dialog.getByLabel(label(trainersFr.firstName)).fill(TRAINER.firstName);
    await choose(dialog, page, trainersFr.contractType, contractTypeLabelsFr[TRAINER.contract]);

    const subjects = dialog.getByRole('combobox', { name: trainersFr.subjects });
    await subjects.click();
    await subjects.fill('distance');
    await page.getByRole('option', { name: TRAINER.subject, exact: true }).click();
    await subjects.press('Escape');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: TRAINER.subject })).toBeVisible();

    for (const { slot, day } of TRAINER.halfDays) {
      await dialog
        .getByRole('checkbox', {
          name: trainersFr.slotOfDay(slotLabelsFr[slot], weekdayLabelsFr[day]!),
          exact: true,
        })
        .check();
    }
    await dialog.getByRole('button', { name: commonFr.save }).click();
    await expect(dialog).toBeHidden();

    const row = page
      .getByRole('grid', { name: trainersFr.listLabel })
      .getByRole('row')
      .filter({ has: page.getByRole('gridcell', { name: TRAINER.surname, exact: true }) });
    await expect(row.getByRole('gridcell', { name: TRAINER.firstName, exact: true })).toBeVisible();
    await expect(
      row.getByRole('gridcell', { name: contractTypeLabelsFr[TRAINER.contract], exact: true }),
    ).toBeVisible();
    await expect(row).toContainText(TRAINER.subject);
    await expect(row).toContainText(trainersFr.halfDays(TRAINER.halfDays.length));
  });

  await test.step('Salles: a room of 24 places', async () => {
    await openNav(page, 'rooms');
    await expect(heading(page)).toHaveText(roomsFr.title);
    await page.getByRole('button', { name: roomsFr.create }).click();
    const dialog = page.getByRole('dialog', { name: roomsFr.createTitle });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(label(roomsFr.name)).fill(ROOM.name);
    await dialog.getByLabel(label(roomsFr.capacity)).fill(String(ROOM.capacity));
    await dialog.getByRole('button', { name: commonFr.save }).click();
    await expect(dialog).toBeHidden();

    const row = page
      .getByRole('grid', { name: roomsFr.listLabel })
      .getByRole('row')
      .filter({ has: page.getByRole('gridcell', { name: ROOM.name, exact: true }) });
    await expect(row.getByRole('gridcell', { name: String(ROOM.capacity), exact: true })).toBeVisible();
  });

  expect(pageErrors).toEqual([]);
});
