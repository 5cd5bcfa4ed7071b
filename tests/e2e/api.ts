import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Input, MethodName, Output, Result } from '../../shared/api/index';
import { authFr } from '../../shared/i18n/fr/auth';
import { heading, label } from './locators';

/** Calls the API with the request context's session cookie; fails the test with the refusal's message. */
export async function api<M extends MethodName>(
  request: APIRequestContext,
  method: M,
  input: Input<M>,
): Promise<Output<M>> {
  const response = await request.post(`/api/${method}`, { data: input });
  const result = (await response.json()) as Result<Output<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Signs in through the login screen and waits for the app's navigation. */
export async function logIn(page: Page, login: string, password: string): Promise<void> {
  await page.goto('/');
  await expect(heading(page)).toHaveText(authFr.loginTitle);
  await page.getByLabel(label(authFr.login)).fill(login);
  await page.getByLabel(label(authFr.password)).fill(password);
  await page.getByRole('button', { name: authFr.loginSubmit }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}
