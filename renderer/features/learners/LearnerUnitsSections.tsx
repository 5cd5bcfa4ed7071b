import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { learnersScreenFr as t } from '../../../shared/i18n/fr/learners-screen';
import { FormSection, type SectionProps } from './FormSection';

/** An exam unit of the cohort's programme, as the selects list it. */
export interface UnitOption {
  code: string;
  title: string;
}

type UnitsProps = SectionProps & { units: readonly UnitOption[] | null };

/** The programme's units, plus a code already saved that the programme no longer lists. */
function UnitSelect({
  units,
  value,
  error,
  onChange,
  label,
}: {
  units: readonly UnitOption[];
  value: string;
  error?: string;
  onChange(code: string): void;
  label: string;
}) {
  const options =
    value && !units.some((u) => u.code === value) ? [...units, { code: value, title: '' }] : units;
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={!!error}
      helperText={error}
      required
      sx={{ width: 280, flexShrink: 0 }}
    >
      {options.map((u) => (
        <MenuItem key={u.code} value={u.code}>
          {u.title ? t.unitLabel(u.code, u.title) : u.code}
        </MenuItem>
      ))}
    </TextField>
  );
}

function Rows({ children }: { children: React.ReactNode }) {
  return <Stack spacing={2}>{children}</Stack>;
}

const rowSx = { display: 'flex', gap: 2, alignItems: 'flex-start' } as const;

export function DispensationsSection({ values, set, fields, units }: UnitsProps) {
  const rows = values.dispensations;
  const update = (i: number, patch: Partial<(typeof rows)[number]>) =>
    set(
      'dispensations',
      rows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  return (
    <FormSection title={t.dispensations}>
      <Rows>
        {rows.length === 0 && <Typography color="text.secondary">{t.noDispensation}</Typography>}
        {rows.map((row, i) => (
          <Box key={i} sx={rowSx}>
            <UnitSelect
              label={t.dispensedUnit}
              units={units ?? []}
              value={row.unitCode}
              error={fields[`dispensations.${i}.unitCode`]}
              onChange={(unitCode) => update(i, { unitCode })}
            />
            <TextField
              label={t.reason}
              value={row.reason}
              onChange={(e) => update(i, { reason: e.target.value })}
              error={!!fields[`dispensations.${i}.reason`]}
              helperText={fields[`dispensations.${i}.reason`]}
              required
            />
            <IconButton
              aria-label={t.removeDispensation(i + 1)}
              onClick={() =>
                set(
                  'dispensations',
                  rows.filter((_, j) => j !== i),
                )
              }
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Box>
        ))}
        <AddButton
          label={t.addDispensation}
          units={units}
          onClick={() => set('dispensations', [...rows, { unitCode: '', reason: '' }])}
        />
      </Rows>
    </FormSection>
  );
}

export function KeptMarksSection({ values, set, fields, units }: UnitsProps) {
  const rows = values.keptMarks;
  const update = (i: number, patch: Partial<(typeof rows)[number]>) =>
    set(
      'keptMarks',
      rows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  return (
    <FormSection title={t.keptMarks}>
      <Rows>
        {rows.length === 0 && <Typography color="text.secondary">{t.noKeptMark}</Typography>}
        {rows.map((row, i) => (
          <Box key={i} sx={rowSx}>
            <UnitSelect
              label={t.keptUnit}
              units={units ?? []}
              value={row.unitCode}
              error={fields[`keptMarks.${i}.unitCode`]}
              onChange={(unitCode) => update(i, { unitCode })}
            />
            <TextField
              label={t.mark}
              value={row.mark}
              onChange={(e) => update(i, { mark: e.target.value })}
              error={!!fields[`keptMarks.${i}.mark`]}
              helperText={fields[`keptMarks.${i}.mark`]}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              required
              sx={{ maxWidth: 200 }}
            />
            <TextField
              label={t.obtainedOn}
              type="date"
              value={row.obtainedOn}
              onChange={(e) => update(i, { obtainedOn: e.target.value })}
              error={!!fields[`keptMarks.${i}.obtainedOn`]}
              helperText={fields[`keptMarks.${i}.obtainedOn`]}
              slotProps={{ inputLabel: { shrink: true } }}
              required
              sx={{ maxWidth: 220 }}
            />
            <IconButton
              aria-label={t.removeKeptMark(i + 1)}
              onClick={() =>
                set(
                  'keptMarks',
                  rows.filter((_, j) => j !== i),
                )
              }
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Box>
        ))}
        <AddButton
          label={t.addKeptMark}
          units={units}
          onClick={() => set('keptMarks', [...rows, { unitCode: '', mark: '', obtainedOn: '' }])}
        />
      </Rows>
    </FormSection>
  );
}

/** Units come from the cohort's programme: without a cohort there is nothing to choose from. */
function AddButton({
  label,
  units,
  onClick,
}: {
  label: string;
  units: readonly UnitOption[] | null;
  onClick(): void;
}) {
  return (
    <Box>
      <Button startIcon={<AddIcon />} onClick={onClick} disabled={!units || units.length === 0}>
        {label}
      </Button>
      {!units && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t.chooseCohortFirst}
        </Typography>
      )}
    </Box>
  );
}
