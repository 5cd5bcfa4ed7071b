import { useMemo } from 'react';
import type { Output } from '../../../shared/api/index';
import type { Room } from '../../../shared/api/rooms';
import type { Trainer } from '../../../shared/api/trainers';
import { useQuery } from '../../hooks/useQuery';
import { personName } from './display';
import type { PlanningView } from './usePlanningUrl';

export type GroupChoice = Output<'groups.list'>[number];

export interface Entity {
  id: number;
  label: string;
}

/** The records the planning names and offers: groups (with their cohort), trainers, rooms. */
export interface References {
  groups: GroupChoice[];
  trainers: Trainer[];
  rooms: Room[];
  /** The programme a group's cohort follows, whose subjects the group is taught. */
  programmeOf(groupId: number): number | null;
  /** The last day of a group's cohort (where a week template stops by default). */
  cohortEndOf(groupId: number): string | null;
  entities(view: PlanningView): Entity[];
  loaded: boolean;
  error: string | null;
}

export function groupLabel(group: GroupChoice): string {
  return `${group.cohortName} — ${group.name}`;
}

export function useReferences(): References {
  const groups = useQuery('groups.list', {});
  const cohorts = useQuery('cohorts.list', {});
  const trainers = useQuery('trainers.list', {});
  const rooms = useQuery('rooms.list', {});

  return useMemo(() => {
    const cohortById = new Map((cohorts.data ?? []).map((c) => [c.id, c]));
    const groupList = groups.data ?? [];
    const trainerList = [...(trainers.data ?? [])].sort((a, b) =>
      personName(a).localeCompare(personName(b), 'fr'),
    );
    const roomList = [...(rooms.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return {
      groups: groupList,
      trainers: trainerList,
      rooms: roomList,
      programmeOf(groupId: number) {
        const group = groupList.find((g) => g.id === groupId);
        return (group && cohortById.get(group.cohortId)?.programmeId) ?? null;
      },
      cohortEndOf(groupId: number) {
        const group = groupList.find((g) => g.id === groupId);
        return (group && cohortById.get(group.cohortId)?.endDate) ?? null;
      },
      entities(view: PlanningView) {
        if (view === 'group') return groupList.map((g) => ({ id: g.id, label: groupLabel(g) }));
        if (view === 'trainer') return trainerList.map((p) => ({ id: p.id, label: personName(p) }));
        return roomList.map((r) => ({ id: r.id, label: r.name }));
      },
      loaded: !!(groups.data && cohorts.data && trainers.data && rooms.data),
      error: groups.error ?? cohorts.error ?? trainers.error ?? rooms.error,
    };
  }, [
    groups.data,
    cohorts.data,
    trainers.data,
    rooms.data,
    groups.error,
    cohorts.error,
    trainers.error,
    rooms.error,
  ]);
}
