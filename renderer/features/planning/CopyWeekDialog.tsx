import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { addDays, diffDays, isValidIsoDate, mondayOf } from '../../../shared/domain/calendar';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { call } from '../../api';
import { BatchDialog } from './BatchDialog';
import type { FeedbackMessage } from './Feedback';

const MAX_WEEKS = 60;

/** The Mondays after `from`: the next `count` ones, or every one up to the week holding `until`. */
function targetWeeks(from: string, mode: 'next' | 'until', count: string, until: string): string[] {
  const n = mode === 'next' ? Number(count) : isValidIsoDate(until) ? diffDays(from, mondayOf(until)) / 7 : 0;
  if (!Number.isInteger(n) || n < 1) return [];
  return Array.from({ length: Math.min(n, MAX_WEEKS + 1) }, (_, i) => addDays(from, 7 * (i + 1)));
}

/** "Copier la semaine": the shown week of a group onto the following weeks, previewed first. */
export function CopyWeekDialog({
  groupId,
  weekStart,
  onClose,
}: {
  groupId: number;
  weekStart: string;
  onClose(done: FeedbackMessage | null): void;
}) {
  const [mode, setMode] = useState<'next' | 'until'>('next');
  const [count, setCount] = useState('1');
  const [until, setUntil] = useState(addDays(weekStart, 7 * 4 + 5));
  const weeks = targetWeeks(weekStart, mode, count, until);

  return (
    <BatchDialog
      title={t.copyWeekTitle(weekStart)}
      intro={t.copyWeekIntro}
      check={() => (weeks.length === 0 ? t.noWeeks : weeks.length > MAX_WEEKS ? t.tooManyWeeks : null)}
      run={(dryRun) => call('planning.copyWeek', { groupId, fromWeek: weekStart, toWeeks: weeks, dryRun })}
      onClose={onClose}
    >
      <RadioGroup
        aria-label={t.copyMode}
        value={mode}
        onChange={(e) => setMode(e.target.value as 'next' | 'until')}
      >
        <FormControlLabel value="next" control={<Radio />} label={t.copyNext} />
        <FormControlLabel value="until" control={<Radio />} label={t.copyUntil} />
      </RadioGroup>
      {mode === 'next' ? (
        <TextField
          label={t.weekCount}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          autoFocus
        />
      ) : (
        <TextField
          type="date"
          label={t.untilDate}
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          autoFocus
        />
      )}
      <Typography variant="body2" color="text.secondary">
        {t.weeksChosen(weeks.length)}
      </Typography>
    </BatchDialog>
  );
}
