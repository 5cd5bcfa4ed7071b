import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { authFr } from '../../shared/i18n/fr/auth';

/** What must be on screen: an element (its text starting so), and optionally so many of another. */
export interface Probe {
  selector: string;
  textStartsWith?: string;
  count?: { selector: string; n: number };
}

/**
 * Clicks `target` from inside the page and returns the milliseconds until `probe` holds and the
 * frame showing it has been painted. Timed in the page with performance.now() and
 * requestAnimationFrame, so Playwright's own round trips are not counted; the resolution is one
 * frame (about 16 ms).
 */
export async function clickUntilPainted(page: Page, target: Locator, probe: Probe): Promise<number> {
  const button = await target.elementHandle();
  if (!button) throw new Error('élément à cliquer introuvable');
  return page.evaluate(
    async ({ button, probe }) => {
      const holds = () => {
        const element = document.querySelector(probe.selector);
        if (!element) return false;
        if (probe.textStartsWith && !(element.textContent ?? '').startsWith(probe.textStartsWith))
          return false;
        return !probe.count || document.querySelectorAll(probe.count.selector).length === probe.count.n;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const started = performance.now();
      (button as HTMLElement).click();
      // Checked at each frame: the first frame where it holds is the one that paints it…
      while (!holds()) {
        if (performance.now() - started > 30_000) throw new Error(`jamais affiché : ${probe.selector}`);
        await frame();
      }
      // …and the next frame starts once that paint is done.
      await frame();
      return performance.now() - started;
    },
    { button, probe },
  );
}

/** A fresh browser context (no cookie: signed out), French, at the e2e tests' wide viewport. */
export async function freshContext(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1600, height: 1000 },
  });
  // tsx compiles the bench keeping function names, through a `__name` helper that the functions
  // sent to page.evaluate then call in the page: give the page a harmless one.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return { context, page: await context.newPage() };
}

/** A field's label, with or without the asterisk MUI appends to required fields. */
const field = (text: string) => new RegExp(`^${text}(\\s*\\*)?$`);

/** Opens the app signed out and fills the login form, ready for "Se connecter". */
export async function fillLogin(page: Page, url: string, admin: { login: string; password: string }) {
  await page.goto(`${url}/`);
  await page.getByLabel(field(authFr.login)).fill(admin.login);
  await page.getByLabel(field(authFr.password)).fill(admin.password);
}
