import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Output } from '../../../shared/api/index';
import { weekdayNamesFr } from '../../../shared/i18n/fr/calendar';
import { rhythmScreenFr as t } from '../../../shared/i18n/fr/rhythm';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import type { Pattern } from './calendar';

const WEEKDAYS = [1, 2, 3, 4, 5, 6];
const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

interface FormState {
  kind: 'weeks' | 'weekdays';
  centreWeeks: string;
  companyWeeks: string;
  startsWith: 'centre' | 'company';
  weekDays: number[];
  dayDays: number[];
}

function initial(pattern: Pattern | null): FormState {
  const state: FormState = {
    kind: 'weeks',
    centreWeeks: '2',
    companyWeeks: '2',
    startsWith: 'centre',
    weekDays: MONDAY_TO_FRIDAY,
    dayDays: [1, 2],
  };
  if (pattern?.kind === 'weeks') {
    return {
      ...state,
      centreWeeks: String(pattern.centreWeeks),
      companyWeeks: String(pattern.companyWeeks),
      startsWith: pattern.startsWith,
      weekDays: pattern.centreWeekdays ?? WEEKDAYS,
    };
  }
  if (pattern?.kind === 'weekdays') return { ...state, kind: 'weekdays', dayDays: pattern.centreWeekdays };
  return state;
}

/** A blank or unreadable number goes as NaN, which the contract refuses with its French message. */
const count = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

function toPattern(form: FormState): Pattern {
  if (form.kind === 'weekdays') return { kind: 'weekdays', centreWeekdays: form.dayDays };
  return {
    kind: 'weeks',
    centreWeeks: count(form.centreWeeks),
    companyWeeks: count(form.companyWeeks),
    startsWith: form.startsWith,
    centreWeekdays: form.weekDays,
  };
}

function WeekdayBoxes(props: {
  label: string;
  value: number[];
  onChange(days: number[]): void;
  error?: string;
}) {
  return (
    <FormControl component="fieldset" error={!!props.error}>
      <FormLabel component="legend">{props.label}</FormLabel>
      <FormGroup row>
        {WEEKDAYS.map((day) => (
          <FormControlLabel
            key={day}
            label={weekdayNamesFr[day]}
            control={
              <Checkbox
                size="small"
                checked={props.value.includes(day)}
                onChange={(e) =>
                  props.onChange(
                    e.target.checked
                      ? [...props.value, day].sort((a, b) => a - b)
                      : props.value.filter((d) => d !== day),
                  )
                }
              />
            }
          />
        ))}
      </FormGroup>
      {props.error && <FormHelperText>{props.error}</FormHelperText>}
    </FormControl>
  );
}

/**
 * The pattern form; generating replaces the whole rhythm, so an existing one is confirmed
 * first. On success the parent shows what was generated and which sessions are in the way.
 */
export function GenerateRhythmDialog(props: {
  groupId: number;
  pattern: Pattern | null;
  hasRhythm: boolean;
  onClose(): void;
  onGenerated(result: Output<'rhythm.generate'>): void;
}) {
  const [form, setForm] = useState(() => initial(props.pattern));
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const f = (name: string) => action.fields[`pattern.${name}`];
  const set = (changes: Partial<FormState>) => setForm((current) => ({ ...current, ...changes }));

  async function generate() {
    const result = await action.run(() =>
      call('rhythm.generate', { groupId: props.groupId, pattern: toPattern(form) }),
    );
    if (result) props.onGenerated(result);
  }

  return (
    <>
      <FormDialog
        title={t.generate}
        intro={t.generateIntro}
        submitLabel={t.generate}
        busy={action.busy}
        error={action.error}
        maxWidth="sm"
        onClose={props.onClose}
        onSubmit={() => (props.hasRhythm ? setConfirming(true) : generate())}
      >
        <FormControl>
          <FormLabel id="rhythm-kind">{t.kind}</FormLabel>
          <RadioGroup
            row
            aria-labelledby="rhythm-kind"
            value={form.kind}
            onChange={(e) => set({ kind: e.target.value as FormState['kind'] })}
          >
            <FormControlLabel value="weeks" control={<Radio size="small" />} label={t.kindWeeks} />
            <FormControlLabel value="weekdays" control={<Radio size="small" />} label={t.kindWeekdays} />
          </RadioGroup>
        </FormControl>
        {form.kind === 'weeks' ? (
          <>
            <Stack direction="row" spacing={2}>
              <TextField
                label={t.centreWeeks}
                value={form.centreWeeks}
                onChange={(e) => set({ centreWeeks: e.target.value })}
                error={!!f('centreWeeks')}
                helperText={f('centreWeeks')}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
              <TextField
                label={t.companyWeeks}
                value={form.companyWeeks}
                onChange={(e) => set({ companyWeeks: e.target.value })}
                error={!!f('companyWeeks')}
                helperText={f('companyWeeks')}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
            </Stack>
            <TextField
              select
              label={t.startsWith}
              value={form.startsWith}
              onChange={(e) => set({ startsWith: e.target.value as FormState['startsWith'] })}
            >
              <MenuItem value="centre">{t.startsWithCentre}</MenuItem>
              <MenuItem value="company">{t.startsWithCompany}</MenuItem>
            </TextField>
            <WeekdayBoxes
              label={t.centreWeekdaysInCentreWeek}
              value={form.weekDays}
              onChange={(weekDays) => set({ weekDays })}
              error={f('centreWeekdays')}
            />
          </>
        ) : (
          <WeekdayBoxes
            label={t.centreWeekdays}
            value={form.dayDays}
            onChange={(dayDays) => set({ dayDays })}
            error={f('centreWeekdays')}
          />
        )}
      </FormDialog>
      {confirming && (
        <ConfirmDialog
          text={t.confirmGenerate}
          confirmLabel={t.confirmLabel}
          onClose={(confirmed) => {
            setConfirming(false);
            if (confirmed) void generate();
          }}
        />
      )}
    </>
  );
}
