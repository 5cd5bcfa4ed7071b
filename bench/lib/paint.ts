import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { authFr } from '../../shared/i18n/fr/auth';

/** What must be on screen: an element (its text starting so), and optionally so many of another. */
export interface Probe {
  selector: string;
  textStartsWith?: string;
  count?: { selector: string; n: number };
}

/** What starts the timed change: a click on an element, or the address's hash set from the page. */
type Action = { click: Locator } | { hash: string };

/**
 * Clicks `target` from inside the page and returns the milliseconds until `probe` holds and the
 * frame showing it has been painted. Timed in the page with performance.now() and
 * requestAnimationFrame, so Playwright's own round trips are not counted; the resolution is one
 * frame (about 16 ms).
 */
export function clickUntilPainted(page: Page, target: Locator, probe: Probe): Promise<number> {
  return actUntilPainted(page, { click: target }, probe);
}

/**
 * The same from an in-app navigation: `hash` ("#/notes?…") set as a link of the app would, so
 * the page is not reloaded and the time is the screen's own (its data, its render, its paint).
 */
export function navigateUntilPainted(page: Page, hash: string, probe: Probe): Promise<number> {
  return actUntilPainted(page, { hash }, probe);
}

async function actUntilPainted(page: Page, action: Action, probe: Probe): Promise<number> {
  const button = 'click' in action ? await action.click.elementHandle() : null;
  if ('click' in action && !button) throw new Error('élément à cliquer introuvable');
  const hash = 'hash' in action ? action.hash : null;
  return page.evaluate(
    async ({ button, hash, probe }) => {
      const holds = () => {
        const element = document.querySelector(probe.selector);
        if (!element) return false;
        if (probe.textStartsWith && !(element.textContent ?? '').startsWith(probe.textStartsWith))
          return false;
        return !probe.count || document.querySelectorAll(probe.count.selector).length === probe.count.n;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const started = performance.now();
      if (button) (button as HTMLElement).click();
      else location.hash = hash!;
      // Checked at each frame: the first frame where it holds is the one that paints it…
      while (!holds()) {
        if (performance.now() - started > 30_000) throw new Error(`jamais affiché : ${probe.selector}`);
        await frame();
      }
      // …and the next frame starts once that paint is done.
      await frame();
      return performance.now() - started;
    },
    { button, hash, probe },
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

/**
 * Counts the page's requests in flight, so a figure can start its clock once the screen it
 * comes from has finished loading: a hash change leaves Playwright's "networkidle" behind.
 */
export function requestTracker(page: Page): { idle(): Promise<void> } {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    /** Nothing in flight for 100 ms in a row; gives up after 30 s. */
    async idle() {
      const started = Date.now();
      let quietSince = Date.now();
      while (Date.now() - quietSince < 100) {
        if (Date.now() - started > 30_000)
          throw new Error(`${inFlight} requête(s) toujours en cours après 30 s`);
        if (inFlight > 0) quietSince = Date.now();
        await pause(10);
      }
    },
  };
}
