import { useEffect, useState } from 'react';
import type { Cohort, Group } from '../../../shared/api/cohorts';
import { call } from '../../api';
import type { UnitOption } from './LearnerUnitsSections';

/**
 * What the form needs from the chosen cohort: the exam units of its programme (for dispensations
 * and kept marks) and, on creation, its groups with their head counts. Null until known, or when
 * no cohort is chosen. An answer for a cohort the person has since changed is ignored.
 */
export function useCohortExtras(
  cohortId: number | '',
  cohorts: readonly Cohort[] | null,
  withGroups: boolean,
): { units: UnitOption[] | null; groups: Group[] | null; error: string | null } {
  const [state, setState] = useState<{
    key: string;
    units: UnitOption[] | null;
    groups: Group[] | null;
    error: string | null;
  }>({ key: '', units: null, groups: null, error: null });
  const programmeId = cohorts?.find((c) => c.id === cohortId)?.programmeId ?? null;
  const key = `${cohortId}|${programmeId}|${withGroups}`;

  useEffect(() => {
    if (cohortId === '' || programmeId === null) return;
    let current = true;
    void Promise.all([
      call('programmes.get', { id: programmeId }),
      withGroups ? call('groups.list', { cohortId }) : Promise.resolve(null),
    ]).then(([programme, groups]) => {
      if (!current) return;
      const failed =
        (!programme.ok && programme.error.message) || (groups && !groups.ok && groups.error.message);
      setState({
        key,
        units: programme.ok ? programme.value.units.map((u) => ({ code: u.code, title: u.title })) : null,
        groups: groups?.ok ? groups.value : null,
        error: failed || null,
      });
    });
    return () => {
      current = false;
    };
  }, [cohortId, programmeId, withGroups, key]);

  return state.key === key ? state : { units: null, groups: null, error: null };
}
