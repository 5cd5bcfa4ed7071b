import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { appreciationsFr as t } from '../../../shared/i18n/fr/appreciations';
import { marksScreenFr } from '../../../shared/i18n/fr/marks-screen';
import { GroupPicker, useGroupAndPeriod } from '../averages/GroupPicker';
import type { NotesSelection } from '../marks/useNotesUrl';
import { AppreciationsView } from './AppreciationsView';

const GENERAL = 'general';

/**
 * The Appréciations tab of Notes: a group, a subject (a trainer is offered those they teach;
 * the others also "Appréciation générale") and a period, then one row per learner. The group,
 * subject and period are the address's, shared with the mark sheet; the general choice is the
 * tab's own.
 */
export function AppreciationsPanel({
  selection,
  select,
}: {
  selection: NotesSelection;
  select(change: Partial<NotesSelection>, replace?: boolean): void;
}) {
  const choices = useGroupAndPeriod(selection, select);
  const { group, subjects, periods, period, trainer } = choices;
  const [general, setGeneral] = useState(false);
  const showGeneral = general && !trainer;
  const subject = subjects.find((s) => s.subjectId === selection.subjectId) ?? null;

  useEffect(() => {
    if (choices.subjectsLoaded && !subject && subjects.length > 0)
      select({ subjectId: subjects[0]!.subjectId }, true);
  }, [choices.subjectsLoaded, subject, subjects, select]);

  if (choices.error) return <Alert severity="error">{choices.error}</Alert>;
  if (!choices.groupsLoaded) return <CircularProgress aria-label={t.loading} />;
  if (choices.groups.length === 0) {
    return <Alert severity="info">{trainer ? marksScreenFr.noGroupsTaught : marksScreenFr.noGroups}</Alert>;
  }

  const subjectValue = showGeneral ? GENERAL : subject ? String(subject.subjectId) : '';
  function chooseSubject(value: string) {
    if (value === GENERAL) return setGeneral(true);
    setGeneral(false);
    select({ subjectId: Number(value) });
  }

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <GroupPicker groups={choices.groups} group={group} select={select} />
        <TextField
          select
          sx={{ width: 320 }}
          label={t.subject}
          value={subjectValue}
          onChange={(e) => chooseSubject(e.target.value)}
          disabled={subjects.length === 0 && trainer}
        >
          {subjects.map((s) => (
            <MenuItem key={s.subjectId} value={String(s.subjectId)}>
              {s.subjectName}
            </MenuItem>
          ))}
          {!trainer && <MenuItem value={GENERAL}>{t.general}</MenuItem>}
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
              {marksScreenFr.periodOption(p.name, p.startDate, p.endDate, !!p.closed)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {choices.subjectsLoaded && subjects.length === 0 && trainer && (
        <Alert severity="info">{marksScreenFr.noSubjectsTaught}</Alert>
      )}
      {choices.periodsLoaded && periods.length === 0 && (
        <Alert severity="info">{marksScreenFr.noPeriods}</Alert>
      )}
      {group && period && (showGeneral || subject) && (
        <AppreciationsView
          key={`${group.id}-${period.id}-${showGeneral ? GENERAL : subject!.subjectId}`}
          groupId={group.id}
          periodId={period.id}
          subjectId={showGeneral ? null : subject!.subjectId}
        />
      )}
    </>
  );
}
