/**
 * Accounts shared by the end-to-end journeys. All spec files run against one server per
 * `playwright test` run (playwright.config.ts), so they must agree on who the first
 * administrator is, whichever file creates it.
 */

/** The first administrator, created by the setup screen of login-journey (or by the API if it ran first). */
export const ADMIN = {
  displayName: 'Anne Administratrice',
  login: 'anne.admin',
  password: 'Anne-secret-2024!',
};

/** The pedagogical manager of records-journey, created by the administrator with a provisional password. */
export const MANAGER = {
  displayName: 'Marion Responsable',
  login: 'marion.responsable',
  provisional: 'Provisoire-Marion-01',
  password: 'Marion-pedagogie-2026',
};
