import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/api/settings';
import { freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { ok } from './cohorts-fixtures';
import { getRhythm, groupAcrossYearEnd, snapshot } from './rhythm-fixtures';

let b: TestBackend;
let admin: string;
beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });
const slots = (morning: [string, string], afternoon: [string, string], evening: [string, string]) => ({
  morning: { start: morning[0], end: morning[1] },
  afternoon: { start: afternoon[0], end: afternoon[1] },
  evening: { start: evening[0], end: evening[1] },
});

describe('settings.update with the slots of a day', () => {
  it('saves usable slots, and centre hours follow them', async () => {
    const { groupId } = await groupAcrossYearEnd(b, admin);
    await ok(b, admin, 'rhythm.generate', {
      groupId,
      pattern: { kind: 'weekdays', centreWeekdays: [1, 2, 3, 4] },
    });
    expect((await getRhythm(b, admin, groupId)).centreHours).toBe(65 * 7.5);

    const changed = slots(['08:00', '12:00'], ['13:00', '17:00'], ['17:00', '19:30']);
    const saved = await ok(b, admin, 'settings.update', { slots: changed });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, slots: changed });
    expect((await getRhythm(b, admin, groupId)).centreHours).toBe(65 * 8);
  });

  it('refuses slots that end before they start or overlap, with a French message at each field', async () => {
    const before = snapshot(b);
    const { result } = await b.app.call(
      'settings.update',
      { slots: slots(['08:15', '08:00'], ['11:30', '16:45'], ['16:00', '19:00']) },
      as(admin),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'L’heure de fin doit être après l’heure de début (08:15).',
        fields: {
          'slots.morning.end': 'L’heure de fin doit être après l’heure de début (08:15).',
          'slots.evening.start':
            'Le créneau « Soir » doit commencer après la fin du créneau « Après-midi » (16:45).',
        },
      },
    });
    expect(snapshot(b)).toBe(before);
  });

  it('refuses a time not written HH:MM at its field', async () => {
    const { result } = await b.app.call(
      'settings.update',
      { slots: slots(['8h15', '12:00'], ['13:00', '16:45'], ['17:00', '19:00']) },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { 'slots.morning.start': 'Heure attendue au format HH:MM (ex. 08:15).' },
      },
    });
  });

  it('lets only administrators change the slots', async () => {
    const manager = await userWithRole(b.app, admin, 'manager');
    const { result } = await b.app.call('settings.update', { slots: DEFAULT_SETTINGS.slots }, as(manager));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
