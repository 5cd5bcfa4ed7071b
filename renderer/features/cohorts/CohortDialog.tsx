import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { HOLIDAY_ZONES, type Cohort } from '../../../shared/api/cohorts';
import { cohortsFr as t } from '../../../shared/i18n/fr/cohorts';
import { validationFr } from '../../../shared/i18n/fr/validation';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';

type Zone = (typeof HOLIDAY_ZONES)[number];
type Year = 1 | 2;

const dateLabel = { inputLabel: { shrink: true } } as const;

/** Creates a cohort or edits one that is not archived. */
export function CohortDialog({
  cohort,
  onClose,
}: {
  cohort: Cohort | null;
  onClose(saved: Cohort | null): void;
}) {
  const programmes = useQuery('programmes.list', {});
  const [name, setName] = useState(cohort?.name ?? '');
  const [programmeId, setProgrammeId] = useState<number | ''>(cohort?.programmeId ?? '');
  const [startDate, setStartDate] = useState(cohort?.startDate ?? '');
  const [endDate, setEndDate] = useState(cohort?.endDate ?? '');
  const [yearFrom, setYearFrom] = useState<Year>((cohort?.yearFrom as Year | undefined) ?? 1);
  const [yearTo, setYearTo] = useState<Year>((cohort?.yearTo as Year | undefined) ?? 2);
  const [holidayZone, setHolidayZone] = useState<Zone>(cohort?.holidayZone ?? 'A');
  const [alsaceMoselle, setAlsaceMoselle] = useState(cohort?.alsaceMoselle ?? false);
  const [site, setSite] = useState(cohort?.site ?? '');
  const action = useAction();
  const f = action.fields;
  // A new cohort starts on the first programme (the built-in BTS NDRC) once the list is known.
  const chosenProgramme = programmeId === '' ? (programmes.data?.[0]?.id ?? '') : programmeId;

  async function submit() {
    if (chosenProgramme === '')
      return action.refuse({ programmeId: validationFr.required }, validationFr.summary);
    const values = {
      name,
      programmeId: chosenProgramme,
      startDate,
      endDate,
      yearFrom,
      yearTo,
      holidayZone,
      alsaceMoselle,
      site,
    };
    const saved = await action.run(() =>
      cohort ? call('cohorts.update', { ...values, id: cohort.id }) : call('cohorts.create', values),
    );
    if (saved) onClose(saved);
  }

  const years: Year[] = [1, 2];
  return (
    <FormDialog
      title={cohort ? t.editTitle : t.createTitle}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error ?? programmes.error}
      maxWidth="sm"
    >
      {programmes.data?.length === 0 && <Alert severity="warning">{t.programmeMissing}</Alert>}
      <TextField
        label={t.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={!!f.name}
        helperText={f.name}
        autoFocus
        required
      />
      <TextField
        select
        label={t.programme}
        value={programmes.data ? chosenProgramme : ''}
        onChange={(e) => setProgrammeId(Number(e.target.value))}
        error={!!f.programmeId}
        helperText={f.programmeId}
        required
      >
        {(programmes.data ?? []).map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.title}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction="row" spacing={2}>
        <TextField
          type="date"
          label={t.startDate}
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          error={!!f.startDate}
          helperText={f.startDate}
          slotProps={dateLabel}
          required
        />
        <TextField
          type="date"
          label={t.endDate}
          value={endDate}
          onChange={(e) => setEndDate(e.target.value)}
          error={!!f.endDate}
          helperText={f.endDate}
          slotProps={dateLabel}
          required
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t.yearFrom}
          value={yearFrom}
          onChange={(e) => setYearFrom(Number(e.target.value) as Year)}
          error={!!f.yearFrom}
          helperText={f.yearFrom}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {t.yearLabel(y)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t.yearTo}
          value={yearTo}
          onChange={(e) => setYearTo(Number(e.target.value) as Year)}
          error={!!f.yearTo}
          helperText={f.yearTo}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {t.yearLabel(y)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t.holidayZone}
          value={holidayZone}
          onChange={(e) => setHolidayZone(e.target.value as Zone)}
          error={!!f.holidayZone}
          helperText={f.holidayZone}
        >
          {HOLIDAY_ZONES.map((z) => (
            <MenuItem key={z} value={z}>
              {t.zoneLabel(z)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t.site}
          value={site}
          onChange={(e) => setSite(e.target.value)}
          error={!!f.site}
          helperText={f.site}
        />
      </Stack>
      <div>
        <FormControlLabel
          control={
            <Switch
              checked={alsaceMoselle}
              onChange={(e) => setAlsaceMoselle(e.target.checked)}
              slotProps={{ input: { 'aria-describedby': 'alsace-moselle-help' } }}
            />
          }
          label={t.alsaceMoselle}
        />
        <FormHelperText id="alsace-moselle-help" sx={{ mt: 0 }}>
          {t.alsaceMoselleHelp}
        </FormHelperText>
      </div>
    </FormDialog>
  );
}
