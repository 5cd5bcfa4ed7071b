import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { averagesFr as t } from '../../../shared/i18n/fr/averages';
import { marksScreenFr } from '../../../shared/i18n/fr/marks-screen';
import type { NotesSelection } from '../marks/useNotesUrl';
import { AveragesView, type AveragesScope } from './AveragesView';
import { GroupPicker, useGroupAndPeriod } from './GroupPicker';

/**
 * The Moyennes tab of Notes: a group, then a period or a whole training year, then the
 * averages. The period lives in the address with the other tabs'; a year choice is the tab's own.
 */
export function AveragesPanel({
  selection,
  select,
}: {
  selection: NotesSelection;
  select(change: Partial<NotesSelection>, replace?: boolean): void;
}) {
  const choices = useGroupAndPeriod(selection, select);
  const { group, periods, period } = choices;
  const [year, setYear] = useState<1 | 2 | null>(null);
  const years = [...new Set(periods.map((p) => p.trainingYear))].filter(
    (y): y is 1 | 2 => y === 1 || y === 2,
  );
  const chosenYear = year !== null && years.includes(year) ? year : null;

  if (choices.error) return <Alert severity="error">{choices.error}</Alert>;
  if (!choices.groupsLoaded) return <CircularProgress aria-label={t.loading} />;
  if (choices.groups.length === 0) {
    return (
      <Alert severity="info">{choices.trainer ? marksScreenFr.noGroupsTaught : marksScreenFr.noGroups}</Alert>
    );
  }

  const value = chosenYear !== null ? `y${chosenYear}` : period ? `p${period.id}` : '';
  function choose(next: string) {
    if (next.startsWith('y')) return setYear(Number(next.slice(1)) as 1 | 2);
    setYear(null);
    select({ periodId: Number(next.slice(1)) });
  }
  const scope: AveragesScope | null =
    chosenYear !== null ? { year: chosenYear } : period ? { periodId: period.id } : null;

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <GroupPicker groups={choices.groups} group={group} select={select} />
        <TextField
          select
          sx={{ width: 360 }}
          label={t.scope}
          value={value}
          onChange={(e) => choose(e.target.value)}
          disabled={periods.length === 0}
        >
          {periods.map((p) => (
            <MenuItem key={`p${p.id}`} value={`p${p.id}`}>
              {marksScreenFr.periodOption(p.name, p.startDate, p.endDate, !!p.closed)}
            </MenuItem>
          ))}
          {years.map((y) => (
            <MenuItem key={`y${y}`} value={`y${y}`}>
              {t.yearLong(y)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {choices.periodsLoaded && periods.length === 0 && (
        <Alert severity="info">{marksScreenFr.noPeriods}</Alert>
      )}
      {group && scope && (
        <AveragesView key={`${group.id}-${JSON.stringify(scope)}`} groupId={group.id} scope={scope} />
      )}
    </>
  );
}
