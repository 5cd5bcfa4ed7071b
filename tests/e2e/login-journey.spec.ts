import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '../../shared/api/roles';
import { authFr } from '../../shared/i18n/fr/auth';
import { commonFr } from '../../shared/i18n/fr/common';
import { dashboardFr } from '../../shared/i18n/fr/dashboard';
import { errorsFr } from '../../shared/i18n/fr/errors';
import { navFr } from '../../shared/i18n/fr/nav';
import { roleLabelsFr, usersFr } from '../../shared/i18n/fr/users';
import { NAV_ROUTES as NAV, routeVisibleTo } from '../../renderer/nav-routes';
import { ADMIN } from './accounts';
import { escapeRegExp, label, heading } from './locators';

/**
 * The first day of a fresh Carnet, end to end over HTTP: setup of the first administrator, logout,
 * login (wrong then right password), every sidebar entry, creation of accounts, and a trainer's
 * first login with the forced password change and the navigation their role allows.
 *
 * The server starts on an empty data directory (playwright.config.ts), so this file is one
 * journey whose steps depend on each other.
 */

const TRAINER = {
  displayName: 'Thomas Formateur',
  login: 'thomas.formateur',
  provisional: 'Provisoire-Thomas-01',
  password: 'Thomas-a-lui-seul-42',
};
/** Markup and entities in a name must be shown as text, never interpreted. */
const TRICKY = { displayName: '<b>Zoé</b> & "Ærø"', login: 'zoe.test', provisional: 'Provisoire-Zoe-0001' };

/** The route in the address bar; the bare address (no hash yet) is the dashboard, as for HashRouter. */
async function expectHash(page: Page, routePath: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).hash || '#/').toBe(`#${routePath}`);
}

async function expectShell(page: Page, displayName: string, role: Role): Promise<void> {
  await expect(page.getByTestId('current-user')).toHaveText(displayName);
  await expect(page.getByTestId('current-role')).toHaveText(roleLabelsFr[role]);
  await expect(page.getByRole('navigation')).toBeVisible();
}

async function logIn(page: Page, login: string, password: string): Promise<void> {
  await expect(heading(page)).toHaveText(authFr.loginTitle);
  await page.getByLabel(label(authFr.login)).fill(login);
  await page.getByLabel(label(authFr.password)).fill(password);
  await page.getByRole('button', { name: authFr.loginSubmit }).click();
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: authFr.logout }).click();
  await expect(heading(page)).toHaveText(authFr.loginTitle);
  await expect(page.getByRole('alert')).toHaveText(authFr.loggedOutNotice);
}

async function createUser(
  page: Page,
  user: { displayName: string; login: string },
  role: Role,
  provisionalPassword: string,
): Promise<void> {
  await page.getByRole('button', { name: usersFr.create }).click();
  const dialog = page.getByRole('dialog', { name: usersFr.createTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(label(authFr.displayName)).fill(user.displayName);
  await dialog.getByLabel(label(authFr.login)).fill(user.login);
  await dialog.getByRole('combobox', { name: new RegExp(`^${escapeRegExp(usersFr.role)}`) }).click();
  await page.getByRole('option', { name: roleLabelsFr[role], exact: true }).click();
  await expect(dialog.getByRole('combobox')).toHaveText(roleLabelsFr[role]);
  await dialog.getByLabel(label(authFr.password)).fill(provisionalPassword);
  await dialog.getByRole('button', { name: commonFr.save }).click();
  await expect(dialog).toBeHidden();
}

test.describe.configure({ mode: 'serial' });

test('first day: setup, login, navigation, accounts and a trainer’s first login', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const setupCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/auth.setup')) setupCalls.push(request.url());
  });

  await page.setViewportSize({ width: 1400, height: 900 });

  await test.step('setup screen refuses two different passwords', async () => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(authFr.setupTitle);
    await page.getByLabel(label(authFr.displayName)).fill(ADMIN.displayName);
    await page.getByLabel(label(authFr.login)).fill(ADMIN.login);
    await page.getByLabel(label(authFr.password)).fill(ADMIN.password);
    await page.getByLabel(label(authFr.passwordAgain)).fill(`${ADMIN.password}?`);
    await page.getByRole('button', { name: authFr.setupSubmit }).click();
    await expect(page.getByText(authFr.passwordsDiffer, { exact: true })).toBeVisible();
    await expect(heading(page)).toHaveText(authFr.setupTitle);
    expect(setupCalls).toEqual([]);

    // Nothing was created: a fresh load still asks for the first administrator.
    await page.reload();
    await expect(heading(page)).toHaveText(authFr.setupTitle);
  });

  await test.step('setup creates the administrator and signs them in', async () => {
    await page.getByLabel(label(authFr.displayName)).fill(ADMIN.displayName);
    await page.getByLabel(label(authFr.login)).fill(ADMIN.login);
    await page.getByLabel(label(authFr.password)).fill(ADMIN.password);
    await page.getByLabel(label(authFr.passwordAgain)).fill(ADMIN.password);
    await page.getByRole('button', { name: authFr.setupSubmit }).click();
    await expectShell(page, ADMIN.displayName, 'admin');
    await expect(heading(page)).toHaveText(dashboardFr.greeting(ADMIN.displayName));
    expect(setupCalls).toHaveLength(1);
  });

  await test.step('logout leads to the login screen with a notice', async () => {
    await logOut(page);
  });

  await test.step('a wrong password is refused', async () => {
    await logIn(page, ADMIN.login, `${ADMIN.password}x`);
    await expect(page.getByRole('alert')).toHaveText(authFr.wrongCredentials);
    await expect(heading(page)).toHaveText(authFr.loginTitle);
    await expect(page.getByTestId('current-user')).toHaveCount(0);
  });

  await test.step('the right password opens Carnet; dashboard screenshot', async () => {
    await logIn(page, ADMIN.login, ADMIN.password);
    await expectShell(page, ADMIN.displayName, 'admin');
    await expect(heading(page)).toHaveText(dashboardFr.greeting(ADMIN.displayName));
    await expectHash(page, '/');

    // Park the pointer where it hovers nothing, so no card is shown highlighted.
    await page.mouse.move(1399, 899);
    mkdirSync('test-results', { recursive: true });
    const shot = await page.screenshot({
      path: path.join('test-results', 'dashboard.png'),
      animations: 'disabled',
    });
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync('docs', { recursive: true });
      writeFileSync(path.join('docs', 'screenshot.png'), shot);
    }
  });

  await test.step('every sidebar entry opens its page', async () => {
    const nav = page.getByRole('navigation');
    // The whole sidebar, in order.
    await expect(nav.getByRole('link')).toHaveText(NAV.map((entry) => navFr[entry.key]));
    for (const entry of NAV) {
      await nav.getByRole('link', { name: navFr[entry.key], exact: true }).click();
      const title = entry.key === 'dashboard' ? dashboardFr.greeting(ADMIN.displayName) : navFr[entry.key];
      await expect(heading(page)).toHaveText(title);
      await expectHash(page, entry.path);
      await expect(nav.getByRole('link', { name: navFr[entry.key], exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
    }
  });

  await test.step('the administrator creates accounts; names are shown as text', async () => {
    await page.getByRole('navigation').getByRole('link', { name: navFr.users, exact: true }).click();
    await expect(heading(page)).toHaveText(usersFr.title);
    const table = page.getByRole('table', { name: usersFr.title });
    await expect(table.getByRole('cell', { name: ADMIN.login, exact: true })).toBeVisible();

    await createUser(page, TRAINER, 'trainer', TRAINER.provisional);
    const trainerRow = table.getByRole('row').filter({ hasText: TRAINER.login });
    await expect(trainerRow.getByRole('cell', { name: TRAINER.displayName, exact: true })).toBeVisible();
    await expect(trainerRow.getByRole('cell', { name: roleLabelsFr.trainer, exact: true })).toBeVisible();

    await createUser(page, TRICKY, 'manager', TRICKY.provisional);
    await expect(table.getByText(TRICKY.displayName, { exact: true })).toBeVisible();
    await expect(table.locator('b', { hasText: 'Zoé' })).toHaveCount(0);
    await expect(table.getByRole('row')).toHaveCount(4); // header, Anne, Thomas, Zoé
  });

  await test.step('the trainer must change the provisional password', async () => {
    await logOut(page);
    await logIn(page, TRAINER.login, TRAINER.provisional);
    await expect(heading(page)).toHaveText(authFr.changePasswordTitle);
    await expect(page.getByText(authFr.changePasswordForced, { exact: true })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);

    await page.getByLabel(label(authFr.currentPassword)).fill(TRAINER.provisional);
    await page.getByLabel(label(authFr.newPassword)).fill(TRAINER.password);
    await page.getByLabel(label(authFr.newPasswordAgain)).fill(TRAINER.password);
    await page.getByRole('button', { name: authFr.changePasswordSubmit }).click();
    await expectShell(page, TRAINER.displayName, 'trainer');
    // Another person signing in starts from the dashboard, not from the admin's last page.
    await expect(heading(page)).toHaveText(dashboardFr.greeting(TRAINER.displayName));
    await expectHash(page, '/');
  });

  await test.step('the trainer sees every entry but Utilisateurs, and cannot open it', async () => {
    const nav = page.getByRole('navigation');
    for (const entry of NAV) {
      const link = nav.getByRole('link', { name: navFr[entry.key], exact: true });
      if (routeVisibleTo(entry, 'trainer')) await expect(link).toBeVisible();
      else await expect(link).toHaveCount(0);
    }
    await expect(nav.getByRole('link')).toHaveText(
      NAV.filter((entry) => routeVisibleTo(entry, 'trainer')).map((entry) => navFr[entry.key]),
    );

    await page.goto('/#/utilisateurs');
    await expect(page.getByRole('alert')).toHaveText(errorsFr.forbidden);
    await expect(page.getByRole('table', { name: usersFr.title })).toHaveCount(0);
    await expect(page.getByRole('button', { name: usersFr.create })).toHaveCount(0);
    await expectShell(page, TRAINER.displayName, 'trainer');
  });

  expect(pageErrors).toEqual([]);
});
