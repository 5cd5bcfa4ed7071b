import { useEffect, useMemo, useState } from 'react';
import type { Output } from '../../../shared/api/index';
import { publicHolidayMap } from '../../../shared/domain/calendar/public-holidays';
import { schoolHolidayDays } from '../../../shared/domain/calendar/school-holidays';
import { call } from '../../api';

type Cohort = Output<'cohorts.get'>;

export interface RhythmContext {
  /** Null while loading, or when the cohort cannot be read (the calendar still shows). */
  cohort: Pick<Cohort, 'name' | 'holidayZone' | 'alsaceMoselle' | 'archived'> | null;
  publicHolidays: Map<string, string>;
  schoolHolidays: Map<string, string>;
}

/**
 * What the calendar marks besides the rhythm: the cohort's public holidays (Alsace-Moselle
 * included) and the school holidays imported for its zone. Read from the group's cohort.
 */
export function useRhythmContext(groupId: number, start: string | null, end: string | null): RhythmContext {
  const [cohort, setCohort] = useState<RhythmContext['cohort']>(null);
  const [periods, setPeriods] = useState<Output<'schoolHolidays.list'>>([]);

  useEffect(() => {
    let current = true;
    void (async () => {
      const groups = await call('groups.list', {});
      const group = groups.ok ? groups.value.find((g) => g.id === groupId) : undefined;
      if (!group) return;
      const found = await call('cohorts.get', { id: group.cohortId });
      if (!found.ok || !current) return;
      setCohort(found.value);
      const holidays = await call('schoolHolidays.list', { zone: found.value.holidayZone });
      if (holidays.ok && current) setPeriods(holidays.value);
    })();
    return () => {
      current = false;
    };
  }, [groupId]);

  const alsaceMoselle = cohort?.alsaceMoselle ?? false;
  const publicHolidays = useMemo(
    () => (start && end ? publicHolidayMap(start, end, { alsaceMoselle }) : new Map<string, string>()),
    [start, end, alsaceMoselle],
  );
  const schoolHolidays = useMemo(() => schoolHolidayDays(periods), [periods]);
  return { cohort, publicHolidays, schoolHolidays };
}
