import { SESSIONS_TABLE } from '../../electron/backend/features/rhythm/tables';
import { checksum, type TestBackend } from '../helpers/backend';
import { createCohort, createGroup, ndrcProgrammeId, ok } from './cohorts-fixtures';

/** A group of a cohort running Monday 3 November 2025 to Saturday 28 February 2026 (across a year end). */
export async function groupAcrossYearEnd(
  b: TestBackend,
  token: string,
  overrides: { alsaceMoselle?: boolean; name?: string } = {},
): Promise<{ groupId: number; cohortId: number }> {
  const cohort = await createCohort(b, token, {
    name: overrides.name ?? 'NDRC 2025-2026',
    startDate: '2025-11-03',
    endDate: '2026-02-28',
    yearFrom: 1,
    yearTo: 1,
    holidayZone: 'C',
    alsaceMoselle: overrides.alsaceMoselle ?? false,
  });
  const group = await createGroup(b, token, cohort.id, 'Groupe A');
  return { groupId: group.id, cohortId: cohort.id };
}

/** A planned session written with SQL, so these tests depend on no planning handler. */
export function insertSession(
  b: TestBackend,
  groupId: number,
  date: string,
  modality: 'onsite' | 'distance' | 'work' = 'onsite',
  slot: 'morning' | 'afternoon' | 'evening' = 'morning',
): number {
  const programmeId = ndrcProgrammeId(b.db);
  const subject =
    (b.db.prepare('SELECT id FROM programme_subjects WHERE programme_id = ? LIMIT 1').get(programmeId) as
      { id: number } | undefined) ??
    ({
      id: Number(
        b.db
          .prepare(
            `INSERT INTO programme_subjects (programme_id, position, name, hours_year1, hours_year2)
             VALUES (?, 99, 'Culture économique', 60, 60)`,
          )
          .run(programmeId).lastInsertRowid,
      ),
    } as { id: number });
  const at = '2025-10-01T08:00:00.000Z';
  return Number(
    b.db
      .prepare(
        `INSERT INTO ${SESSIONS_TABLE} (group_id, subject_id, date, slot, modality, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(groupId, subject.id, date, slot, modality, at, at).lastInsertRowid,
  );
}

export interface RhythmView {
  groupId: number;
  start: string;
  end: string;
  pattern: unknown;
  companyDays: string[];
  centreHours: number;
}

export const getRhythm = (b: TestBackend, token: string, groupId: number) =>
  ok<RhythmView>(b, token, 'rhythm.get', { groupId });

/** Every date from start to end inclusive (ISO strings), for building expectations by hand. */
export function datesBetween(start: string, end: string): string[] {
  const out: string[] = [];
  for (
    let d = new Date(`${start}T00:00:00Z`);
    d <= new Date(`${end}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    out.push(d.toISOString().slice(0, 10));
  return out;
}

export const isSunday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 0;

/** Every row of every table, to prove a refused call wrote nothing. */
export function snapshot(b: TestBackend): string {
  return checksum(b.db);
}
