import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { addDays, dateParts, isoDate, isValidIsoDate, mondayOf } from '../../../shared/domain/calendar';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { PLANNING_VIEW_LIST, todayIso } from './display';
import { IcsExportButton } from './IcsExportButton';
import { PdfExportButton } from './PdfExportButton';
import type { References } from './useReferences';
import type { PlanningSelection } from './usePlanningUrl';

/** The first day of the month `delta` months away from the one holding `day`. */
function shiftMonth(day: string, delta: number): string {
  const { year, month } = dateParts(day);
  const index = year * 12 + (month - 1) + delta;
  return isoDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Which planning (view + group, trainer or room) and which week or month. */
export function PlanningHeader({
  selection,
  select,
  refs,
}: {
  selection: PlanningSelection;
  select(change: Partial<PlanningSelection>): void;
  refs: References;
}) {
  const { view, id, day, tab } = selection;
  const entities = refs.entities(view);
  const current = entities.find((e) => e.id === id) ?? null;
  const byMonth = tab === 'month';
  const monday = mondayOf(day);
  const move = (delta: number) => select({ day: byMonth ? shiftMonth(day, delta) : addDays(day, 7 * delta) });
  const [exportError, setExportError] = useState<string | null>(null);

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={view}
        aria-label={t.viewLabel}
        onChange={(_, next: PlanningSelection['view'] | null) => {
          if (next && next !== view) select({ view: next, id: null, tab: 'week' });
        }}
      >
        {PLANNING_VIEW_LIST.map((v) => (
          <ToggleButton key={v} value={v}>
            {t.views[v]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Autocomplete
        sx={{ minWidth: 280 }}
        options={entities}
        value={current}
        disableClearable={!!current}
        noOptionsText={t.pickerEmpty[view]}
        getOptionLabel={(o) => o.label}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        onChange={(_, next) => next && select({ id: next.id })}
        renderInput={(params) => <TextField {...params} label={t.views[view]} />}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <IconButton aria-label={byMonth ? t.previousMonth : t.previousWeek} onClick={() => move(-1)}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography sx={{ minWidth: 220, textAlign: 'center' }} aria-live="polite">
          {byMonth ? t.monthTitle(day.slice(0, 7)) : t.weekOf(monday, addDays(monday, 5))}
        </Typography>
        <IconButton aria-label={byMonth ? t.nextMonth : t.nextWeek} onClick={() => move(1)}>
          <ChevronRightIcon />
        </IconButton>
      </Box>
      <Button variant="outlined" onClick={() => select({ day: todayIso() })}>
        {t.today}
      </Button>
      <TextField
        type="date"
        label={t.dateField}
        value={day}
        onChange={(e) => isValidIsoDate(e.target.value) && select({ day: e.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 180 }}
      />
      {current && (
        <>
          <PdfExportButton
            view={view}
            id={current.id}
            period={byMonth ? 'month' : 'week'}
            date={day}
            onError={setExportError}
          />
          <IcsExportButton view={view} id={current.id} label={t.exportIcs} onError={setExportError} />
        </>
      )}
      {exportError && (
        <Alert severity="error" sx={{ width: '100%' }} onClose={() => setExportError(null)}>
          {exportError}
        </Alert>
      )}
    </Box>
  );
}
