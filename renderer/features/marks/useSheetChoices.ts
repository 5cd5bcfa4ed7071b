import { useEffect, useMemo, useState } from 'react';
import type { Output } from '../../../shared/api/index';
import type { Period, Teaching } from '../../../shared/api/marks';
import { call } from '../../api';
import { useQuery } from '../../hooks/useQuery';
import { useSession } from '../../session';

export type GroupChoice = Output<'groups.list'>[number];

/** Loads what `load` gives for each key (again when the keys change); a later answer wins. */
function useEach<T>(keys: readonly number[], load: (key: number) => Promise<T | null>) {
  const [byKey, setByKey] = useState<ReadonlyMap<number, T | null>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const joined = keys.join(',');
  useEffect(() => {
    let current = true;
    const ids = joined ? joined.split(',').map(Number) : [];
    void Promise.all(ids.map(async (id) => [id, await load(id)] as const))
      .then((pairs) => {
        if (!current) return;
        setByKey(new Map(pairs));
        setError(null);
      })
      .catch((e: unknown) => current && setError(String(e)));
    return () => {
      current = false;
    };
    // `load` is a stable module-level function of each caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [joined]);
  return { byKey, error, loaded: keys.every((k) => byKey.has(k)) };
}

async function loadTeaching(groupId: number): Promise<Teaching | null> {
  const result = await call('teaching.list', { groupId });
  return result.ok ? result.value : null;
}

async function loadPeriods(cohortId: number): Promise<Period[] | null> {
  const result = await call('periods.list', { cohortId });
  return result.ok ? result.value : null;
}

/**
 * What the pickers offer: groups, then the group's subjects, then its cohort's periods. A
 * trainer is offered only what they teach (teaching.list's callerTeaches), so the groups of a
 * trainer need each group's teaching; the others see every group and subject.
 */
export function useSheetChoices(groupId: number | null) {
  const { user } = useSession();
  const trainer = user.role === 'trainer';
  const groups = useQuery('groups.list', {});
  const cohorts = useQuery('cohorts.list', {});
  const allGroups = useMemo(() => groups.data ?? [], [groups.data]);

  const teachingKeys = useMemo(
    () => (trainer ? allGroups.map((g) => g.id) : groupId ? [groupId] : []),
    [trainer, allGroups, groupId],
  );
  const teaching = useEach(teachingKeys, loadTeaching);

  const visibleGroups = useMemo(
    () =>
      trainer
        ? allGroups.filter((g) => teaching.byKey.get(g.id)?.subjects.some((s) => s.callerTeaches))
        : allGroups,
    [trainer, allGroups, teaching.byKey],
  );
  const group = visibleGroups.find((g) => g.id === groupId) ?? null;
  const subjects = useMemo(() => {
    const list = (group && teaching.byKey.get(group.id)?.subjects) || [];
    return trainer ? list.filter((s) => s.callerTeaches) : list;
  }, [group, teaching.byKey, trainer]);

  const periodKeys = useMemo(() => (group ? [group.cohortId] : []), [group]);
  const periods = useEach(periodKeys, loadPeriods);
  const periodList = (group && periods.byKey.get(group.cohortId)) || [];
  const programmeId = (group && cohorts.data?.find((c) => c.id === group.cohortId)?.programmeId) ?? null;

  return {
    trainer,
    groups: visibleGroups,
    group,
    subjects,
    periods: periodList,
    programmeId,
    cohorts: cohorts.data ?? [],
    groupsLoaded: !!groups.data && (!trainer || teaching.loaded),
    subjectsLoaded: !!group && teaching.byKey.has(group.id),
    periodsLoaded: !!group && periods.byKey.has(group.cohortId),
    error: groups.error ?? cohorts.error ?? teaching.error ?? periods.error,
  };
}

/** The period holding today, else the last one begun, else the first. */
export function defaultPeriod(periods: readonly Period[], today: string): Period | undefined {
  return (
    periods.find((p) => p.startDate <= today && today <= p.endDate) ??
    [...periods].reverse().find((p) => p.startDate <= today) ??
    periods[0]
  );
}
