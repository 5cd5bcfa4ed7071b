import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The Notes tabs, in the order they are shown. */
export type NotesTab = 'sheet' | 'appreciations' | 'averages' | 'periods';

const TAB_PARAM: Record<NotesTab, string> = {
  sheet: 'saisie',
  appreciations: 'appreciations',
  averages: 'moyennes',
  periods: 'periodes',
};

export interface NotesSelection {
  tab: NotesTab;
  groupId: number | null;
  subjectId: number | null;
  periodId: number | null;
  /** The cohort of the Périodes tab. */
  cohortId: number | null;
}

const PARAMS: Record<Exclude<keyof NotesSelection, 'tab'>, string> = {
  groupId: 'groupe',
  subjectId: 'matiere',
  periodId: 'periode',
  cohortId: 'promotion',
};

function idParam(value: string | null): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * What Notes shows lives in the address (?onglet=saisie&groupe=3&matiere=12&periode=5), so a
 * reload, a bookmark or the back button keep the sheet.
 */
export function useNotesUrl() {
  const [params, setParams] = useSearchParams();
  const selection = useMemo<NotesSelection>(() => {
    const tabParam = params.get('onglet');
    const tab = (Object.keys(TAB_PARAM) as NotesTab[]).find((k) => TAB_PARAM[k] === tabParam) ?? 'sheet';
    return {
      tab,
      groupId: idParam(params.get(PARAMS.groupId)),
      subjectId: idParam(params.get(PARAMS.subjectId)),
      periodId: idParam(params.get(PARAMS.periodId)),
      cohortId: idParam(params.get(PARAMS.cohortId)),
    };
  }, [params]);

  const select = useCallback(
    (change: Partial<NotesSelection>, replace = false) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (change.tab) next.set('onglet', TAB_PARAM[change.tab]);
          for (const key of Object.keys(PARAMS) as (keyof typeof PARAMS)[]) {
            if (!(key in change)) continue;
            const value = change[key];
            if (value === null || value === undefined) next.delete(PARAMS[key]);
            else next.set(PARAMS[key], String(value));
          }
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  return { selection, select };
}
