import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../shared/api/fields';
import { userWithRole } from '../helpers/backend';
import { plan, planningWorld, refused, call, value, type PlanningWorld, type Saved } from './planning-setup';

let w: PlanningWorld;
beforeEach(async () => {
  w = await planningWorld();
});
afterEach(() => w.b.close());

type Component = InstanceType<typeof ICAL.Component>;

async function exportIcs(input: Record<string, unknown>, token = w.admin) {
  const file = await value<FileDownload>(w, 'planning.exportIcs', input, token);
  const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { file, text, calendar, events: calendar.getAllSubcomponents('vevent') };
}

function describeEvent(event: Component) {
  const start = event.getFirstProperty('dtstart')!;
  return {
    uid: event.getFirstPropertyValue('uid'),
    start: start.getFirstValue()!.toString(),
    tzid: start.getParameter('tzid'),
    end: event.getFirstPropertyValue('dtend')!.toString(),
    summary: event.getFirstPropertyValue('summary'),
    location: event.getFirstPropertyValue('location'),
    description: event.getFirstPropertyValue('description'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
  };
}

async function planned(overrides: Record<string, unknown>): Promise<number> {
  const result = await plan(w, overrides);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as Saved).session.id;
}

describe('planning.exportIcs', () => {
  it('exports a group’s sessions as a calendar with stable UIDs and Paris local times', async () => {
    const first = await planned({});
    const second = await planned({
      date: '2026-03-04',
      slot: 'afternoon',
      roomId: null,
      modality: 'distance',
      note: 'Prévoir le casque',
    });
    await planned({ groupId: w.g2, date: '2026-03-04' });

    const { file, text, calendar, events } = await exportIcs({ view: 'group', id: w.g1 });
    expect(file).toMatchObject({ fileName: 'Planning_NDRC_2025-2027_G1.ics', mimeType: 'text/calendar' });
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Carnet//Planning//FR');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Planning — NDRC 2025-2027 — G1');
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(text).toContain('\r\n');

    expect(events.map(describeEvent)).toEqual([
      {
        uid: `session-${first}@carnet`,
        start: '2026-03-03T08:15:00',
        tzid: 'Europe/Paris',
        end: '2026-03-03T12:00:00',
        summary: expect.any(String),
        location: 'Salle 12',
        description: 'Formateur : Claire Dupont\nModalité : Présentiel',
        sequence: 0,
      },
      {
        uid: `session-${second}@carnet`,
        start: '2026-03-04T13:00:00',
        tzid: 'Europe/Paris',
        end: '2026-03-04T16:45:00',
        summary: expect.any(String),
        location: 'FOAD',
        description: 'Formateur : Claire Dupont\nModalité : FOAD (à distance)\nNote : Prévoir le casque',
        sequence: 0,
      },
    ]);
    const subjectName = (
      w.b.db.prepare('SELECT name FROM programme_subjects WHERE id = ?').get(w.subjects.negotiation) as {
        name: string;
      }
    ).name;
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(`${subjectName} — G1`);
  });

  it('keeps the UID when a session moves, with a later start and a higher SEQUENCE', async () => {
    const id = await planned({});
    const before = describeEvent((await exportIcs({ view: 'group', id: w.g1 })).events[0]!);

    w.b.clock.now = new Date('2026-03-02T10:00:00Z');
    await value(w, 'sessions.move', { id, date: '2026-03-06', slot: 'afternoon' });
    const { events } = await exportIcs({ view: 'group', id: w.g1 });
    expect(events).toHaveLength(1);
    const after = describeEvent(events[0]!);
    expect(after.uid).toBe(before.uid);
    expect(after.start).toBe('2026-03-06T13:00:00');
    expect(after.start > before.start).toBe(true);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(events[0]!.getFirstPropertyValue('last-modified')!.toString()).toBe('2026-03-02T10:00:00Z');
  });

  it('follows a learner from one group to the other on the day they move', async () => {
    const learnerId = (
      w.b.db
        .prepare(
          `SELECT l.id FROM learners l JOIN group_memberships m ON m.learner_id = l.id
           WHERE m.group_id = ? ORDER BY l.id LIMIT 1`,
        )
        .get(w.g1) as { id: number }
    ).id;
    const oldBefore = await planned({ date: '2026-03-03' });
    await planned({ date: '2026-03-12', trainerId: null });
    await planned({ groupId: w.g2, date: '2026-03-05', trainerId: null });
    const newAfter = await planned({ groupId: w.g2, date: '2026-03-10', trainerId: null, roomId: w.room12 });
    await value(w, 'groups.moveLearner', { learnerId, toGroupId: w.g2, from: '2026-03-09' });

    const { file, events } = await exportIcs({ view: 'learner', id: learnerId });
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      `session-${oldBefore}@carnet`,
      `session-${newAfter}@carnet`,
    ]);
    expect(file.fileName).toBe('Planning_Alex_G1-01.ics');
  });

  it('leaves out of a learner’s calendar the days their own plan puts in the company', async () => {
    const learnerId = (
      w.b.db
        .prepare(
          'SELECT learner_id AS id FROM group_memberships WHERE group_id = ? ORDER BY learner_id LIMIT 1',
        )
        .get(w.g1) as { id: number }
    ).id;
    const kept = await planned({ date: '2026-03-03' });
    await planned({ date: '2026-03-04' });
    await value(w, 'learnerPlan.setDays', { learnerId, days: [{ date: '2026-03-04', place: 'company' }] });

    const { events } = await exportIcs({ view: 'learner', id: learnerId });
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([`session-${kept}@carnet`]);
    expect((await exportIcs({ view: 'group', id: w.g1 })).events).toHaveLength(2);
  });

  it('gives a trainer only their own sessions, within the period asked', async () => {
    const mine = await planned({});
    await planned({
      groupId: w.g2,
      date: '2026-03-03',
      trainerId: w.leroy,
      subjectId: w.subjects.english,
      roomId: null,
    });
    const later = await planned({ date: '2026-05-05' });
    expect((await exportIcs({ view: 'trainer', id: w.dupont })).events).toHaveLength(2);
    const { events, calendar } = await exportIcs({
      view: 'trainer',
      id: w.dupont,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([`session-${mine}@carnet`]);
    expect(later).toBeGreaterThan(mine);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Planning — Claire Dupont');
  });

  it('lets a trainer account export', async () => {
    await planned({});
    const trainer = await userWithRole(w.b.app, w.admin, 'trainer');
    const { events } = await exportIcs({ view: 'room', id: w.room12 }, trainer);
    expect(events).toHaveLength(1);
  });

  it('refuses an unknown record or an inverted period in French', async () => {
    for (const view of ['group', 'trainer', 'room', 'learner']) {
      const error = await refused(w, () => call(w, 'planning.exportIcs', { view, id: 9999 }), 'NOT_FOUND');
      expect(error.message).toMatch(/n’existe pas/);
    }
    const error = await refused(
      w,
      () => call(w, 'planning.exportIcs', { view: 'group', id: w.g1, from: '2026-04-01', to: '2026-03-01' }),
      'INVALID_INPUT',
    );
    expect(error.message).toMatch(/se termine avant de commencer/);
  });
});
