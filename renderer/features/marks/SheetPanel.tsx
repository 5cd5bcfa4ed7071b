import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect } from 'react';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { SheetTab } from './SheetTab';
import type { NotesSelection } from './useNotesUrl';
import { defaultPeriod, useSheetChoices } from './useSheetChoices';

function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/**
 * The pickers group → subject → period (a trainer is offered only what they teach), then the
 * mark sheet. A missing or stale choice is replaced by the first one, without a history entry.
 */
export function SheetPanel({
  selection,
  select,
}: {
  selection: NotesSelection;
  select(change: Partial<NotesSelection>, replace?: boolean): void;
}) {
  const choices = useSheetChoices(selection.groupId);
  const { group, subjects, periods } = choices;
  const subject = subjects.find((s) => s.subjectId === selection.subjectId) ?? null;
  const period = periods.find((p) => p.id === selection.periodId) ?? null;

  useEffect(() => {
    if (choices.groupsLoaded && !group && choices.groups.length > 0) {
      select({ groupId: choices.groups[0]!.id, subjectId: null, periodId: null }, true);
    }
  }, [choices.groupsLoaded, choices.groups, group, select]);
  useEffect(() => {
    if (choices.subjectsLoaded && !subject && subjects.length > 0)
      select({ subjectId: subjects[0]!.subjectId }, true);
  }, [choices.subjectsLoaded, subject, subjects, select]);
  useEffect(() => {
    if (!choices.periodsLoaded || period || periods.length === 0) return;
    select({ periodId: defaultPeriod(periods, todayIso())!.id }, true);
  }, [choices.periodsLoaded, period, periods, select]);

  if (choices.error) return <Alert severity="error">{choices.error}</Alert>;
  if (!choices.groupsLoaded) return <CircularProgress aria-label={t.loading} />;
  if (choices.groups.length === 0) {
    return <Alert severity="info">{choices.trainer ? t.noGroupsTaught : t.noGroups}</Alert>;
  }

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <Autocomplete
          sx={{ width: 360 }}
          options={choices.groups}
          value={group}
          disableClearable={!!group}
          getOptionLabel={(g) => t.groupOf(g.cohortName, g.name)}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          onChange={(_, next) => next && select({ groupId: next.id, subjectId: null, periodId: null })}
          renderInput={(params) => <TextField {...params} label={t.group} />}
        />
        <TextField
          select
          sx={{ width: 300 }}
          label={t.subject}
          value={subject ? String(subject.subjectId) : ''}
          onChange={(e) => select({ subjectId: Number(e.target.value) })}
          disabled={subjects.length === 0}
        >
          {subjects.map((s) => (
            <MenuItem key={s.subjectId} value={String(s.subjectId)}>
              {s.subjectName}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          sx={{ width: 360 }}
          label={t.period}
          value={period ? String(period.id) : ''}
          onChange={(e) => select({ periodId: Number(e.target.value) })}
          disabled={periods.length === 0}
        >
          {periods.map((p) => (
            <MenuItem key={p.id} value={String(p.id)}>
              {t.periodOption(p.name, p.startDate, p.endDate, !!p.closed)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {choices.subjectsLoaded && subjects.length === 0 && (
        <Alert severity="info">{choices.trainer ? t.noSubjectsTaught : t.noSubjects}</Alert>
      )}
      {choices.periodsLoaded && periods.length === 0 && <Alert severity="info">{t.noPeriods}</Alert>}
      {group && subject && period && (
        <SheetTab
          key={`${group.id}-${subject.subjectId}-${period.id}`}
          sheetKey={{ groupId: group.id, subjectId: subject.subjectId, periodId: period.id }}
          programmeId={choices.programmeId}
        />
      )}
    </>
  );
}
