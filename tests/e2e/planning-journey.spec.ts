import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { formatDateLong, formatHours } from '../../shared/format/fr';
import { authFr } from '../../shared/i18n/fr/auth';
import { availabilityFr } from '../../shared/i18n/fr/availability';
import { commonFr } from '../../shared/i18n/fr/common';
import { navFr } from '../../shared/i18n/fr/nav';
import { planningRulesFr } from '../../shared/i18n/fr/planning';
import { planningPdfFr } from '../../shared/i18n/fr/planning-pdf';
import { planningScreenFr as t } from '../../shared/i18n/fr/planning-screen';
import { asExtracted, pdfText } from '../helpers/pdf';
import { ADMIN } from './accounts';
import { escapeRegExp, label, select, heading, choose } from './locators';
import { api } from './api';

/**
 * A manager plans a BTS NDRC group's week, end to end over HTTP: the records are set up through
 * the API (cohort, two groups of six apprentices, a trainer, two rooms, and a session of the
 * other group), then the Planning page is used as a manager would: the group's week, two
 * sessions created from empty half-days, the trainer shown busy in the dialog because she already
 * teaches the other group then, and refused there (from the dialog and by moving a card with
 * Alt+→), the hours ledger, and
 * "Copier la semaine" onto the following week, then the week printed as PDF and exported as ICS.
 *
 * The server is shared with the other journeys (playwright.config.ts); the names used here are
 * this journey's own, so it does not matter whether records-journey ran before.
 */

const PROGRAMME_CODE = 'BTS-NDRC';
const COHORT = {
  name: 'Planning NDRC 2026-2028',
  startDate: '2026-09-01',
  endDate: '2028-06-30',
  yearFrom: 1,
  yearTo: 2,
  holidayZone: 'C',
} as const;
const GROUP_A = 'PL-A';
const GROUP_B = 'PL-B';
const LEARNERS_PER_GROUP = 6;
const TRAINER = { firstName: 'Claire', surname: 'Dupont' };
const TRAINER_NAME = `${TRAINER.firstName} ${TRAINER.surname}`;
const SUBJECT = 'Relation client et négociation-vente';
const ROOM_A = { name: 'Salle P1', capacity: 30 };
const ROOM_B = { name: 'Salle P2', capacity: 30 };

/** The week planned here, and the one it is copied onto. */
const MONDAY = '2026-09-07';
const TUESDAY = '2026-09-08';
const SATURDAY = '2026-09-12';
const NEXT_MONDAY = '2026-09-14';
const NEXT_SATURDAY = '2026-09-19';

/** Grid positions: rows after the header row, cells after the row header (Monday = 0). */
const SLOT_ROW = { morning: 1, afternoon: 2, evening: 3 } as const;
type Slot = keyof typeof SLOT_ROW;

/** The half-day `slot` of the `day`-th day (Monday = 0) of the week grid. */
function cell(grid: Locator, slot: Slot, day: number): Locator {
  return grid.getByRole('row').nth(SLOT_ROW[slot]).getByRole('cell').nth(day);
}

/** The card of a session of the group shown (no group name in the group view). */
function card(scope: Locator, room: string): Locator {
  return scope.getByRole('button', {
    name: t.cardName([SUBJECT, TRAINER_NAME, t.room(room)]),
    exact: true,
  });
}

/** The snackbar that tells what the last change did. */
function feedback(page: Page, text: string): Locator {
  return page.getByRole('alert').filter({ hasText: text });
}

async function expectCard(scope: Locator, room: string): Promise<void> {
  const found = card(scope, room);
  await expect(found).toBeVisible();
  await expect(found).toContainText(SUBJECT);
  await expect(found).toContainText(TRAINER_NAME);
  await expect(found).toContainText(t.room(room));
  await expect(found).toContainText(t.modalityShort.onsite);
}

async function createSession(
  page: Page,
  grid: Locator,
  date: string,
  slot: Slot,
  room: { name: string; capacity: number },
) {
  await grid.getByRole('button', { name: t.cellCreate(date, slot), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t.createTitle(date, slot) });
  await expect(dialog).toBeVisible();
  await choose(dialog, page, t.subject, SUBJECT);
  // Her option also says she teaches the subject (those who do are listed first).
  await choose(dialog, page, t.trainer, new RegExp(`^${escapeRegExp(TRAINER_NAME)}\\b`));
  await expect(dialog.getByRole('combobox', { name: select(t.modality) })).toHaveText(t.modalities.onsite);
  await choose(dialog, page, t.roomField, t.roomOption(room.name, room.capacity));
  await dialog.getByRole('button', { name: commonFr.save }).click();
  return dialog;
}

test.describe.configure({ mode: 'serial' });

test('planning: a manager plans a group’s week, meets a trainer conflict, follows the hours and copies the week', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Wide enough (MUI's xl) for the hours ledger to show beside the grid.
  await page.setViewportSize({ width: 1600, height: 1000 });

  await test.step('the administrator signs in', async () => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(authFr.loginTitle);
    await page.getByLabel(label(authFr.login)).fill(ADMIN.login);
    await page.getByLabel(label(authFr.password)).fill(ADMIN.password);
    await page.getByRole('button', { name: authFr.loginSubmit }).click();
    await expect(page.getByTestId('current-user')).toHaveText(ADMIN.displayName);
  });

  const request = page.request;
  let groupA = 0;
  let subjectId = 0;

  await test.step('set-up through the API: cohort, two groups of 6, a trainer, two rooms, a session of PL-B', async () => {
    const programme = (await api(request, 'programmes.list', {})).find((p) => p.code === PROGRAMME_CODE);
    expect(programme, `the built-in programme ${PROGRAMME_CODE}`).toBeDefined();
    const cohort = await api(request, 'cohorts.create', {
      ...COHORT,
      programmeId: programme!.id,
      alsaceMoselle: false,
    });

    const groups: Record<string, number> = {};
    for (const [g, name] of [GROUP_A, GROUP_B].entries()) {
      const group = await api(request, 'groups.create', { cohortId: cohort.id, name });
      groups[name] = group.id;
      for (let i = 1; i <= LEARNERS_PER_GROUP; i++) {
        await api(request, 'learners.create', {
          surname: `Planning${String.fromCharCode(65 + g)}`,
          firstName: `Apprenti${i}`,
          accessRoute: 'apprenticeship',
          cohortId: cohort.id,
          groupId: group.id,
        });
      }
    }
    groupA = groups[GROUP_A]!;

    const subject = (await api(request, 'trainers.subjectChoices', {})).find(
      (s) => s.programmeId === programme!.id && s.name === SUBJECT,
    );
    expect(subject, `${SUBJECT} in ${PROGRAMME_CODE}`).toBeDefined();
    subjectId = subject!.id;
    const trainer = await api(request, 'trainers.create', {
      ...TRAINER,
      contractType: 'freelance',
      subjectIds: [subjectId],
    });
    await api(request, 'rooms.create', ROOM_A);
    const roomB = await api(request, 'rooms.create', ROOM_B);

    await api(request, 'sessions.create', {
      groupId: groups[GROUP_B]!,
      subjectId,
      trainerId: trainer.id,
      roomId: roomB.id,
      modality: 'onsite',
      date: TUESDAY,
      slot: 'morning',
    });
  });

  const groupLabel = `${COHORT.name} — ${GROUP_A}`;
  const grid = page.getByRole('table', { name: t.gridLabel(groupLabel) });

  await test.step('Planning: the group view of PL-A, week of Monday 7 September 2026', async () => {
    await page.getByRole('navigation').getByRole('link', { name: navFr.planning, exact: true }).click();
    await expect(heading(page)).toHaveText(t.title);

    const views = page.getByRole('group', { name: t.viewLabel });
    await views.getByRole('button', { name: t.views.group, exact: true }).click();
    await expect(views.getByRole('button', { name: t.views.group, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('combobox', { name: t.views.group, exact: true }).click();
    await page.getByRole('option', { name: groupLabel, exact: true }).click();
    await expect(page.getByRole('combobox', { name: t.views.group, exact: true })).toHaveValue(groupLabel);

    await page.getByLabel(t.dateField, { exact: true }).fill(MONDAY);
    await expect(page.getByText(t.weekOf(MONDAY, SATURDAY), { exact: true })).toBeVisible();
    await expect.poll(() => new URL(page.url()).hash).toContain(`jour=${MONDAY}`);
    await expect.poll(() => new URL(page.url()).hash).toContain(`id=${groupA}`);

    await expect(grid).toBeVisible();
    await expect(grid.getByRole('columnheader').first()).toHaveText(t.dayHeader(MONDAY));
    // PL-B's Tuesday session is not PL-A's: the week is empty.
    await expect(grid.locator('[data-session-id]')).toHaveCount(0);
    await expect(page.getByRole('tab', { name: t.tabs.week, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  await test.step('an empty Monday morning opens the dialog; the session shows as a card', async () => {
    const dialog = await createSession(page, grid, MONDAY, 'morning', ROOM_A);
    await expect(dialog).toBeHidden();
    await expect(feedback(page, t.created)).toBeVisible();
    await expectCard(cell(grid, 'morning', 0), ROOM_A.name);
    await expect(grid.getByRole('button', { name: t.cellCreate(MONDAY, 'morning') })).toHaveCount(0);
  });

  await test.step('a second session on Monday afternoon', async () => {
    const dialog = await createSession(page, grid, MONDAY, 'afternoon', ROOM_A);
    await expect(dialog).toBeHidden();
    await expectCard(cell(grid, 'afternoon', 0), ROOM_A.name);
    await expect(grid.locator('[data-session-id]')).toHaveCount(2);
  });

  const trainerBusy = planningRulesFr.trainerBusy(
    TRAINER_NAME,
    { groupName: GROUP_B, roomName: ROOM_B.name, modality: 'onsite' },
    TUESDAY,
    'morning',
  );

  const busyWithB = `${GROUP_B} — ${SUBJECT}`;

  await test.step('Claire on Tuesday morning: the dialog shows her busy before saving, and a save there is refused', async () => {
    // A new session: she is listed as teaching PL-B that half-day, and cannot be picked.
    await grid.getByRole('button', { name: t.cellCreate(TUESDAY, 'morning'), exact: true }).click();
    const create = page.getByRole('dialog', { name: t.createTitle(TUESDAY, 'morning') });
    await expect(create).toBeVisible();
    await choose(create, page, t.subject, SUBJECT);
    await create.getByRole('combobox', { name: select(t.trainer) }).click();
    const claire = page.getByRole('option', { name: new RegExp(`^${escapeRegExp(TRAINER_NAME)}\\b`) });
    await expect(claire).toHaveAttribute('aria-disabled', 'true');
    await expect(claire).toContainText(availabilityFr.trainerBusy(busyWithB));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await create.getByRole('button', { name: commonFr.cancel }).click();
    await expect(create).toBeHidden();

    // The Monday session edited onto Tuesday keeps her: her field says so, and the save is refused.
    await card(cell(grid, 'morning', 0), ROOM_A.name).click();
    const dialog = page.getByRole('dialog', { name: t.editTitle(SUBJECT) });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(t.date, { exact: true }).fill(TUESDAY);
    await expect(
      dialog.getByText(availabilityFr.chosenTrainerBusy(busyWithB), { exact: true }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: commonFr.save }).click();
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toHaveText(trainerBusy);
    await expect(refusal).toContainText(`${TRAINER_NAME} anime déjà ${GROUP_B}`);
    await expect(refusal).toContainText(formatDateLong(TUESDAY));
    // Said at the trainer's field too, and nothing was moved.
    await expect(dialog.getByText(trainerBusy, { exact: true })).toHaveCount(2);
    await dialog.getByRole('button', { name: commonFr.cancel }).click();
    await expect(dialog).toBeHidden();
    await expectCard(cell(grid, 'morning', 0), ROOM_A.name);
    await expect(cell(grid, 'morning', 1).locator('[data-session-id]')).toHaveCount(0);
    await expect(grid.getByRole('button', { name: t.cellCreate(TUESDAY, 'morning') })).toBeVisible();
  });

  await test.step('moving the Monday card with Alt+→ is refused the same way; the card snaps back', async () => {
    const monday = card(cell(grid, 'morning', 0), ROOM_A.name);
    await monday.focus();
    await monday.press('Alt+ArrowRight');
    await expect(feedback(page, trainerBusy)).toHaveText(trainerBusy);
    await expectCard(cell(grid, 'morning', 0), ROOM_A.name);
    await expect(cell(grid, 'morning', 1).locator('[data-session-id]')).toHaveCount(0);
    await expect(grid.getByRole('button', { name: t.cellCreate(TUESDAY, 'morning') })).toBeVisible();
    await expect(grid.locator('[data-session-id]')).toHaveCount(2);
    // Focus follows the card, so the keyboard user can go on from where they were.
    await expect(card(cell(grid, 'morning', 0), ROOM_A.name)).toBeFocused();
  });

  await test.step('the hours ledger counts 2 × 3 h 45 for the subject', async () => {
    const planned = formatHours(2 * 3.75);
    const ledger = await api(request, 'planning.ledger', { groupId: groupA });
    const row = ledger.rows.find((r) => r.subjectId === subjectId);
    expect(row?.plannedHours).toBe(7.5);

    // Beside the grid: planned / target.
    const side = page.getByRole('table', { name: t.ledgerLabel });
    const sideRow = side.getByRole('row').filter({ hasText: SUBJECT });
    await expect(sideRow).toContainText(t.ledgerPlannedOf(7.5, row!.targetHours));
    await expect(sideRow).toContainText(planned);

    // The full ledger tab: the "Planifié" column.
    await page.getByRole('tab', { name: t.tabs.ledger, exact: true }).click();
    const table = page.getByRole('table', { name: t.ledgerLabel });
    const headers = table.getByRole('columnheader');
    await expect(headers.nth(2)).toHaveText(t.ledgerPlanned);
    const full = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: SUBJECT, exact: true }) });
    await expect(full.getByRole('cell').nth(2)).toHaveText(planned);
    await expect(full.getByRole('cell').nth(1)).toHaveText(formatHours(row!.targetHours));

    await page.getByRole('tab', { name: t.tabs.week, exact: true }).click();
    await expect(grid.locator('[data-session-id]')).toHaveCount(2);
  });

  await test.step('“Copier la semaine” onto the next week: preview, confirm, the two cards are there', async () => {
    await page.getByRole('button', { name: t.copyWeek, exact: true }).click();
    const form = page.getByRole('dialog', { name: t.copyWeekTitle(MONDAY) });
    await expect(form).toBeVisible();
    await expect(form.getByRole('radio', { name: t.copyNext })).toBeChecked();
    await form.getByLabel(t.weekCount).fill('1');
    await expect(form.getByText(t.weeksChosen(1), { exact: true })).toBeVisible();
    await form.getByRole('button', { name: t.preview, exact: true }).click();

    const preview = page.getByRole('dialog', { name: t.previewTitle });
    await expect(preview).toBeVisible();
    const created = preview.getByRole('region', { name: t.previewCreated(2) });
    await expect(created.getByRole('listitem')).toHaveText([
      `${t.previewLine(NEXT_MONDAY, 'morning')} — ${SUBJECT}`,
      `${t.previewLine(NEXT_MONDAY, 'afternoon')} — ${SUBJECT}`,
    ]);
    await expect(preview.getByRole('region', { name: t.previewSkipped(0) })).toBeVisible();
    // Nothing is written before the confirmation.
    const before = await api(request, 'planning.week', { view: 'group', id: groupA, weekStart: NEXT_MONDAY });
    expect(before.sessions).toHaveLength(0);

    await preview.getByRole('button', { name: t.confirm, exact: true }).click();
    await expect(preview).toBeHidden();
    await expect(feedback(page, t.batchDone(2, 0))).toBeVisible();

    await page.getByRole('button', { name: t.nextWeek, exact: true }).click();
    await expect(page.getByText(t.weekOf(NEXT_MONDAY, NEXT_SATURDAY), { exact: true })).toBeVisible();
    await expect.poll(() => new URL(page.url()).hash).toContain(`jour=${NEXT_MONDAY}`);
    await expect(grid.getByRole('columnheader').first()).toHaveText(t.dayHeader(NEXT_MONDAY));
    await expectCard(cell(grid, 'morning', 0), ROOM_A.name);
    await expectCard(cell(grid, 'afternoon', 0), ROOM_A.name);
    await expect(grid.locator('[data-session-id]')).toHaveCount(2);

    // The ledger beside the grid now counts the four sessions.
    await expect(
      page.getByRole('table', { name: t.ledgerLabel }).getByRole('row').filter({ hasText: SUBJECT }),
    ).toContainText(formatHours(4 * 3.75));
  });

  await test.step('the week printed as PDF and exported as a calendar, both read back', async () => {
    const printed = page.waitForEvent('download');
    await page.getByRole('button', { name: t.exportPdf.week, exact: true }).click();
    const pdfFile = await printed;
    expect(pdfFile.suggestedFilename()).toBe(
      `Planning_${COHORT.name.replace(/ /g, '_')}_${GROUP_A}_semaine_${NEXT_MONDAY}.pdf`,
    );
    const text = pdfText(readFileSync((await pdfFile.path())!));
    expect(text).toContain(
      asExtracted(planningPdfFr.documentTitle(planningPdfFr.who.group(COHORT.name, GROUP_A))),
    );
    expect(text).toContain(asExtracted(planningPdfFr.weekTitle(NEXT_MONDAY, NEXT_SATURDAY)));
    expect(text).toContain(asExtracted(planningPdfFr.total(2 * 3.75, 2)));
    expect(text).toContain(TRAINER_NAME);
    expect(text).toContain(ROOM_A.name);
    expect(text).toContain('page 1 / 1');

    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: t.exportIcs, exact: true }).click();
    const icsFile = await exported;
    const calendar = new ICAL.Component(
      ICAL.parse(readFileSync((await icsFile.path())!, 'utf8')) as unknown[],
    );
    const events = calendar.getAllSubcomponents('vevent');
    // The two sessions of each week, none of the other group's.
    expect(events).toHaveLength(4);
    for (const event of events) {
      expect(event.getFirstPropertyValue('summary')).toBe(`${SUBJECT} — ${GROUP_A}`);
      expect(String(event.getFirstPropertyValue('uid'))).toMatch(/^session-\d+@carnet$/);
    }
  });

  expect(pageErrors).toEqual([]);
});
