import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canRecord } from '../../shared/domain/attendance/timing';
import { addDays, publicHolidayName, weekday } from '../../shared/domain/calendar';
import { formatHours } from '../../shared/format/fr';
import { absenceKindLabelsFr, sheetPdfFr } from '../../shared/i18n/fr/absences';
import { excuseReasonLabelsFr, justificationLabelsFr } from '../../shared/i18n/fr/attendance';
import { absencesScreenFr, attendanceScreenFr as t } from '../../shared/i18n/fr/attendance-screen';
import { authFr } from '../../shared/i18n/fr/auth';
import { navFr } from '../../shared/i18n/fr/nav';
import { planningScreenFr } from '../../shared/i18n/fr/planning-screen';
import { pdfText } from '../helpers/pdf';
import { ADMIN } from './accounts';
import { heading } from './locators';
import { trainerWithAccount } from './fixtures';
import { api, logIn } from './api';

/**
 * A trainer takes the roll of a half-day on screen, end to end over HTTP: the records are set up
 * through the API (cohort, a group of six apprentices, a trainer linked to a trainer account, a
 * room and a session whose half-day has already started — the server's clock is real), then the
 * trainer opens Émargement, marks everyone present, fixes the exceptions (an absence, an excused
 * absence, 15 minutes late), has each present learner sign with the mouse, signs and closes.
 * A manager then sees the delivered hours in the ledger, the absence on the learner's record,
 * and prints the sheet, whose text is read back with pdftotext.
 */

const PROGRAMME_CODE = 'BTS-NDRC';
const COHORT_NAME = 'Émargement NDRC';
const GROUP = 'EM-A';
const SUBJECT = 'Culture générale et expression';
const ROOM = { name: 'Salle E1', capacity: 24 };
const TRAINER = {
  firstName: 'Lucie',
  surname: 'Marchand',
  login: 'lucie.marchand',
  provisional: 'Provisoire-Lucie-01',
  password: 'Lucie-fait-l-appel-2026',
};
const TRAINER_NAME = `${TRAINER.firstName} ${TRAINER.surname}`;
const LEARNERS = [
  { surname: 'Arnaud', firstName: 'Inès' },
  { surname: 'Bernard', firstName: 'Hugo' },
  { surname: 'Carpentier', firstName: 'Léa' },
  { surname: 'Durand', firstName: 'Malik' },
  { surname: 'Esnault', firstName: 'Chloé' },
  { surname: 'Fabre', firstName: 'Noah' },
] as const;
/** As the sheet names them: surname in capitals first. */
const nameOf = (l: { surname: string; firstName: string }) =>
  `${l.surname.toLocaleUpperCase('fr-FR')} ${l.firstName}`;
const ABSENT = LEARNERS[0];
const EXCUSED = LEARNERS[1];
const LATE = LEARNERS[2];
const PRESENT = LEARNERS.filter((l) => l !== ABSENT && l !== EXCUSED);

type Slot = 'morning' | 'afternoon';

/** Today in Paris, whatever the machine's zone. */
function parisToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/**
 * The latest half-day that has already started: today's afternoon or morning when their start
 * has passed, else an earlier working day's (no Sunday, no public holiday).
 */
function startedHalfDay(now: Date, starts: Record<Slot, string>): { date: string; slot: Slot } {
  for (let back = 0; back < 10; back++) {
    const date = addDays(parisToday(now), -back);
    if (weekday(date) === 7 || publicHolidayName(date)) continue;
    for (const slot of ['afternoon', 'morning'] as const) {
      if (canRecord(now, date, starts[slot])) return { date, slot };
    }
  }
  throw new Error('no working half-day in the last ten days');
}

/** The row of a learner on the sheet. */
function row(page: Page, learner: { surname: string; firstName: string }): Locator {
  return page.getByRole('list', { name: t.learnersLabel }).getByRole('listitem', { name: nameOf(learner) });
}

async function mark(
  page: Page,
  learner: { surname: string; firstName: string },
  choice: keyof typeof t.marks,
) {
  const group = row(page, learner).getByRole('group', { name: t.presenceOf(nameOf(learner)) });
  await group.getByRole('button', { name: t.marks[choice], exact: true }).click();
  await expect(group.getByRole('button', { name: t.marks[choice], exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

async function expectSaved(page: Page, learner: { surname: string; firstName: string }) {
  await expect(row(page, learner).getByRole('status')).toHaveText(t.saved);
}

/** A signature drawn with the mouse inside the dialog's pad, then "Valider". */
async function drawAndValidate(page: Page, dialog: Locator, padName: string) {
  const canvas = dialog.getByRole('img', { name: padName });
  await expect(canvas).toBeVisible();
  const box = (await canvas.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 30 + i * 22, y + (i % 2 === 0 ? -25 : 25), { steps: 4 });
  }
  await page.mouse.up();
  await dialog.getByRole('button', { name: t.pad.validate, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test.describe.configure({ mode: 'serial' });

test('émargement: a trainer takes the roll on screen, a manager follows hours, absences and prints the sheet', async ({
  page,
  request,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1500, height: 1000 });

  // The administrator, through the API (created by login-journey, which this project depends on).
  await api(request, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
  const settings = await api(request, 'settings.get', {});
  const { date, slot } = startedHalfDay(new Date(), {
    morning: settings.slots.morning.start,
    afternoon: settings.slots.afternoon.start,
  });
  const hours = settings.slots[slot];
  let groupId = 0;
  let subjectId = 0;
  let sessionId = 0;
  const learnerIds = new Map<string, number>();
  let deliveredBefore = 0;

  await test.step(`set-up through the API: a group of 6, a trainer with an account, a session on ${date} ${slot}`, async () => {
    const programme = (await api(request, 'programmes.list', {})).find((p) => p.code === PROGRAMME_CODE);
    expect(programme, `the built-in programme ${PROGRAMME_CODE}`).toBeDefined();
    const startDate = addDays(date, -60);
    const cohort = await api(request, 'cohorts.create', {
      name: COHORT_NAME,
      programmeId: programme!.id,
      startDate,
      endDate: addDays(date, 600),
      yearFrom: 1,
      yearTo: 2,
      holidayZone: 'C',
      alsaceMoselle: false,
    });
    groupId = (await api(request, 'groups.create', { cohortId: cohort.id, name: GROUP })).id;
    for (const learner of LEARNERS) {
      const created = await api(request, 'learners.create', {
        ...learner,
        accessRoute: 'apprenticeship',
        employerName: 'Boulangerie Fabre',
        tutorName: 'Jeanne Fabre',
        tutorEmail: 'jeanne.fabre@example.fr',
        entryDate: startDate,
        cohortId: cohort.id,
        groupId,
      });
      learnerIds.set(learner.surname, created.id);
    }

    const subject = (await api(request, 'trainers.subjectChoices', {})).find(
      (s) => s.programmeId === programme!.id && s.name === SUBJECT,
    );
    expect(subject, `${SUBJECT} in ${PROGRAMME_CODE}`).toBeDefined();
    subjectId = subject!.id;
    const trainer = await trainerWithAccount(request, TRAINER, [subjectId]);
    const room = await api(request, 'rooms.create', ROOM);
    const created = await api(request, 'sessions.create', {
      groupId,
      subjectId,
      trainerId: trainer.id,
      roomId: room.id,
      modality: 'onsite',
      date,
      slot,
    });
    sessionId = created.session.id;
    const ledger = await api(request, 'planning.ledger', { groupId });
    deliveredBefore = ledger.rows.find((r) => r.subjectId === subjectId)!.deliveredHours;
    expect(deliveredBefore).toBe(0);

    // The trainer replaces the provisional password, as they would at their first login.
    await api(page.request, 'auth.login', { login: TRAINER.login, password: TRAINER.provisional });
    await api(page.request, 'auth.changePassword', {
      currentPassword: TRAINER.provisional,
      newPassword: TRAINER.password,
    });
    await api(page.request, 'auth.logout', {});
  });

  await test.step('the trainer opens Émargement and the session’s sheet', async () => {
    await logIn(page, TRAINER.login, TRAINER.password);
    await page.getByRole('navigation').getByRole('link', { name: navFr.attendance, exact: true }).click();
    await expect(heading(page)).toHaveText(t.title);
    if (date !== parisToday(new Date())) await page.getByLabel(t.dateField, { exact: true }).fill(date);
    await expect(page.getByText(t.dayTitle(date), { exact: true })).toBeVisible();
    const list = page.getByRole('grid', { name: t.sessionsLabel(date) });
    await expect(list.getByRole('row').filter({ hasText: SUBJECT })).toContainText(GROUP);
    await list.getByRole('link', { name: t.openSheetOf(SUBJECT, GROUP, hours.start) }).click();

    await expect(heading(page)).toHaveText(t.sheetTitle(SUBJECT, date, slot));
    await expect(page.getByText(t.status.open, { exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByText(TRAINER_NAME, { exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByText(ROOM.name, { exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: t.learnersLabel }).getByRole('listitem')).toHaveCount(6);
  });

  await test.step('“Tous présents”, then an absence, an excused absence and 15 minutes late', async () => {
    await page.getByRole('button', { name: t.allPresent }).click();
    for (const learner of LEARNERS) await expectSaved(page, learner);
    await expect(page.getByText(t.counts(6, 6, 0), { exact: true })).toBeVisible();

    await mark(page, ABSENT, 'absent');
    await expectSaved(page, ABSENT);

    await mark(page, EXCUSED, 'excused');
    await row(page, EXCUSED).getByRole('combobox', { name: t.reason }).click();
    await page.getByRole('option', { name: excuseReasonLabelsFr.illness, exact: true }).click();
    await expectSaved(page, EXCUSED);
    await expect(row(page, EXCUSED).getByRole('combobox', { name: t.reason })).toHaveText(
      excuseReasonLabelsFr.illness,
    );

    await mark(page, LATE, 'late');
    const minutes = row(page, LATE).getByLabel(t.lateMinutes);
    await minutes.fill('15');
    await minutes.press('Enter');
    await expectSaved(page, LATE);
    await expect(page.getByText(t.counts(6, 6, 2), { exact: true })).toBeVisible();
  });

  await test.step('each present learner signs with the mouse', async () => {
    for (const learner of PRESENT) {
      await row(page, learner)
        .getByRole('button', { name: t.signOf(nameOf(learner)) })
        .click();
      const dialog = page.getByRole('dialog', { name: t.signatureOf(nameOf(learner)) });
      await drawAndValidate(page, dialog, t.signatureOf(nameOf(learner)));
      await expect(
        row(page, learner).getByRole('img', { name: t.signatureOf(nameOf(learner)) }),
      ).toBeVisible();
    }
    // The absent ones have nothing to sign.
    await expect(row(page, ABSENT).getByRole('button', { name: t.signOf(nameOf(ABSENT)) })).toHaveCount(0);
  });

  await test.step('the trainer signs and closes the sheet', async () => {
    await page.getByRole('button', { name: t.closeScreen, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t.trainerSignTitle });
    await drawAndValidate(page, dialog, t.signatureOf(TRAINER_NAME));
    await expect(page.getByText(t.status.closed, { exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: `${t.trainerSignature} : ${TRAINER_NAME}` })).toBeVisible();
    // Closed: the roll call can no longer change.
    const group = row(page, ABSENT).getByRole('group', { name: t.presenceOf(nameOf(ABSENT)) });
    await expect(group.getByRole('button', { name: t.marks.present, exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: t.closeScreen })).toHaveCount(0);
  });

  await test.step('a manager sees the delivered hours in the group’s ledger', async () => {
    await page.getByRole('button', { name: authFr.logout }).click();
    await logIn(page, ADMIN.login, ADMIN.password);
    await page.getByRole('navigation').getByRole('link', { name: navFr.planning, exact: true }).click();
    const groupLabel = `${COHORT_NAME} — ${GROUP}`;
    await page.getByRole('combobox', { name: planningScreenFr.views.group, exact: true }).click();
    await page.getByRole('option', { name: groupLabel, exact: true }).click();
    await page.getByRole('tab', { name: planningScreenFr.tabs.ledger, exact: true }).click();
    const table = page.getByRole('table', { name: planningScreenFr.ledgerLabel });
    const subjectRow = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: SUBJECT, exact: true }) });
    const delivered = (await api(request, 'planning.ledger', { groupId })).rows.find(
      (r) => r.subjectId === subjectId,
    )!.deliveredHours;
    expect(delivered).toBeGreaterThan(deliveredBefore);
    await expect(subjectRow.getByRole('cell').nth(3)).toHaveText(formatHours(delivered));
  });

  await test.step('the absent learner’s record lists the absence', async () => {
    await page.goto(`/#/apprenants/${learnerIds.get(ABSENT.surname)}`);
    const section = page.getByRole('region', {
      name: absencesScreenFr.label(`${ABSENT.firstName} ${ABSENT.surname}`),
    });
    const absence = section.getByRole('row').filter({ hasText: SUBJECT });
    await expect(absence).toHaveCount(1);
    await expect(absence).toContainText(absenceKindLabelsFr.absence);
    await expect(absence).toContainText(justificationLabelsFr.pending);

    await page.goto(`/#/apprenants/${learnerIds.get(EXCUSED.surname)}`);
    const excused = page
      .getByRole('region', { name: absencesScreenFr.label(`${EXCUSED.firstName} ${EXCUSED.surname}`) })
      .getByRole('row')
      .filter({ hasText: SUBJECT });
    await expect(excused).toContainText(justificationLabelsFr.justified);
    await expect(excused).toContainText(excuseReasonLabelsFr.illness);
  });

  await test.step('the sheet printed as PDF carries the names and the signatures’ state', async () => {
    await page.goto(`/#/emargement/seance/${sessionId}`);
    await expect(heading(page)).toHaveText(t.sheetTitle(SUBJECT, date, slot));
    const printed = page.waitForEvent('download');
    await page.getByRole('button', { name: t.printSheet, exact: true }).click();
    const file = await printed;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const text = pdfText(readFileSync((await file.path())!));
    expect(text).toContain(sheetPdfFr.title);
    expect(text).toContain(SUBJECT);
    expect(text).toContain(TRAINER_NAME);
    for (const learner of LEARNERS) expect(text).toContain(nameOf(learner));
    expect(text).toContain(sheetPdfFr.status.absent);
    expect(text).toContain(sheetPdfFr.status.late(15));
  });

  expect(pageErrors).toEqual([]);
});
