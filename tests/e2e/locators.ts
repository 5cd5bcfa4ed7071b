import { expect, type Locator, type Page } from '@playwright/test';

/** Locators the journeys share: fields and selects found by their French label, as a person reads them. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A field's label, with or without the asterisk MUI appends to required fields. */
export function label(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}(\\s*\\*)?$`);
}

/** A select (MUI combobox) by its label, whatever follows it (a required field's asterisk). */
export function select(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}`);
}

export function heading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

export async function choose(
  scope: Locator,
  page: Page,
  combobox: string,
  option: string | RegExp,
): Promise<void> {
  await scope.getByRole('combobox', { name: select(combobox) }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
}
