import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PLANNING_VIEWS } from '../../../shared/api/planning';
import { isValidIsoDate } from '../../../shared/domain/calendar';
import { todayIso } from './display';

export type PlanningView = (typeof PLANNING_VIEWS)[number];
export type PlanningTab = 'week' | 'month' | 'rhythm' | 'ledger';

/** The address bar speaks French (team mode shows it); the code keeps the contract's words. */
const VIEW_PARAM: Record<PlanningView, string> = { group: 'groupe', trainer: 'formateur', room: 'salle' };
const TAB_PARAM: Record<PlanningTab, string> = {
  week: 'semaine',
  month: 'mois',
  rhythm: 'rythme',
  ledger: 'heures',
};

function fromParam<K extends string>(map: Record<K, string>, value: string | null, fallback: K): K {
  const found = (Object.keys(map) as K[]).find((key) => map[key] === value);
  return found ?? fallback;
}

export interface PlanningSelection {
  view: PlanningView;
  /** The group, trainer or room shown; null until one is chosen. */
  id: number | null;
  /** Any day of the week (and month) shown. */
  day: string;
  tab: PlanningTab;
}

/**
 * What the planning shows lives in the query string (?vue=groupe&id=3&jour=2026-09-07&onglet=mois)
 * so that a reload, a bookmark or the back button keep it.
 */
export function usePlanningUrl() {
  const [params, setParams] = useSearchParams();
  const selection = useMemo<PlanningSelection>(() => {
    const id = Number(params.get('id'));
    const day = params.get('jour');
    return {
      view: fromParam(VIEW_PARAM, params.get('vue'), 'group'),
      id: Number.isInteger(id) && id > 0 ? id : null,
      day: day && isValidIsoDate(day) ? day : todayIso(),
      tab: fromParam(TAB_PARAM, params.get('onglet'), 'week'),
    };
  }, [params]);

  const select = useCallback(
    (change: Partial<PlanningSelection>, replace = false) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (change.view) next.set('vue', VIEW_PARAM[change.view]);
          if (change.id !== undefined) {
            if (change.id === null) next.delete('id');
            else next.set('id', String(change.id));
          }
          if (change.day) next.set('jour', change.day);
          if (change.tab) next.set('onglet', TAB_PARAM[change.tab]);
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  return { selection, select };
}
