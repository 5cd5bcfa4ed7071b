import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect } from 'react';
import { marksScreenFr } from '../../../shared/i18n/fr/marks-screen';
import type { NotesSelection } from '../marks/useNotesUrl';
import { defaultPeriod, type GroupChoice, useSheetChoices } from '../marks/useSheetChoices';

type Select = (change: Partial<NotesSelection>, replace?: boolean) => void;

function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/**
 * The Notes pickers' choices for the Moyennes and Appréciations tabs (a trainer is offered the
 * groups they teach), with a missing or stale group or period replaced by the first one —
 * without a history entry, as the mark sheet does.
 */
export function useGroupAndPeriod(selection: NotesSelection, select: Select) {
  const choices = useSheetChoices(selection.groupId);
  const { group, periods } = choices;
  const period = periods.find((p) => p.id === selection.periodId) ?? null;

  useEffect(() => {
    if (choices.groupsLoaded && !group && choices.groups.length > 0) {
      select({ groupId: choices.groups[0]!.id, subjectId: null, periodId: null }, true);
    }
  }, [choices.groupsLoaded, choices.groups, group, select]);
  useEffect(() => {
    if (!choices.periodsLoaded || period || periods.length === 0) return;
    select({ periodId: defaultPeriod(periods, todayIso())!.id }, true);
  }, [choices.periodsLoaded, period, periods, select]);

  return { ...choices, period };
}

/** The group picker, as on the mark sheet: "promotion — groupe", searchable. */
export function GroupPicker({
  groups,
  group,
  select,
}: {
  groups: readonly GroupChoice[];
  group: GroupChoice | null;
  select: Select;
}) {
  return (
    <Autocomplete
      sx={{ width: 300 }}
      options={groups}
      value={group}
      disableClearable={!!group}
      getOptionLabel={(g) => marksScreenFr.groupOf(g.cohortName, g.name)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, next) => next && select({ groupId: next.id, subjectId: null, periodId: null })}
      renderInput={(params) => <TextField {...params} label={marksScreenFr.group} />}
    />
  );
}
