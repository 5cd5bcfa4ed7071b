import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import type { Cohort, Group } from '../../../shared/api/cohorts';
import type { Period } from '../../../shared/api/marks';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';
import type { DocumentForm } from './document-form';

const ALL = 'all';

/**
 * The scope of a batch: the cohort, its group (required for report cards, a filter otherwise),
 * and the period — a marks period for report cards, a month or any dates for certificates.
 */
export function ScopeFields({
  form,
  change,
  cohorts,
  groups,
  periods,
  months,
  errors,
}: {
  form: DocumentForm;
  change(next: Partial<DocumentForm>): void;
  cohorts: readonly Cohort[];
  groups: readonly Group[] | null;
  periods: readonly Period[] | null;
  months: readonly string[];
  errors: Record<string, string>;
}) {
  const groupRequired = form.kind === 'reportCards';
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <TextField
          select
          required
          sx={{ flex: '1 1 240px' }}
          label={t.cohort}
          value={form.cohortId ? String(form.cohortId) : ''}
          onChange={(e) =>
            change({ cohortId: Number(e.target.value), groupId: null, periodId: null, learnerIds: null })
          }
          error={!!errors.cohortId}
          helperText={errors.cohortId}
        >
          {cohorts.map((c) => (
            <MenuItem key={c.id} value={String(c.id)}>
              {t.cohortOption(c.name, c.archived)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          required={groupRequired}
          sx={{ flex: '1 1 200px' }}
          label={t.group}
          value={form.groupId ? String(form.groupId) : groupRequired ? '' : ALL}
          onChange={(e) =>
            change({ groupId: e.target.value === ALL ? null : Number(e.target.value), learnerIds: null })
          }
          disabled={!groups || groups.length === 0}
          error={!!errors.groupId}
          helperText={errors.groupId}
        >
          {!groupRequired && <MenuItem value={ALL}>{t.allGroups}</MenuItem>}
          {(groups ?? []).map((g) => (
            <MenuItem key={g.id} value={String(g.id)}>
              {g.name}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {groups && groups.length === 0 && groupRequired && <Alert severity="info">{t.noGroups}</Alert>}

      {form.kind === 'reportCards' &&
        (periods && periods.length === 0 ? (
          <Alert severity="info">{t.noPeriods}</Alert>
        ) : (
          <TextField
            select
            required
            label={t.period}
            value={form.periodId ? String(form.periodId) : ''}
            onChange={(e) => change({ periodId: Number(e.target.value) })}
            disabled={!periods}
            error={!!errors.periodId}
            helperText={errors.periodId}
          >
            {(periods ?? []).map((p) => (
              <MenuItem key={p.id} value={String(p.id)}>
                {t.periodOption(p.name, p.startDate, p.endDate)}
              </MenuItem>
            ))}
          </TextField>
        ))}

      {form.kind === 'certificates' && (
        <DateRange form={form} change={change} months={months} errors={errors} />
      )}
    </Box>
  );
}

/** A month in one pick (1st to last day), or any dates within the training. */
function DateRange({
  form,
  change,
  months,
  errors,
}: {
  form: DocumentForm;
  change(next: Partial<DocumentForm>): void;
  months: readonly string[];
  errors: Record<string, string>;
}) {
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <RadioGroup
        row
        aria-label={t.rangeLabel}
        value={form.range}
        onChange={(e) => change({ range: e.target.value as DocumentForm['range'] })}
      >
        <FormControlLabel value="month" control={<Radio />} label={t.rangeMonth} />
        <FormControlLabel value="custom" control={<Radio />} label={t.rangeCustom} />
      </RadioGroup>
      {form.range === 'month' ? (
        <TextField
          select
          required
          label={t.month}
          value={form.month}
          onChange={(e) => change({ month: e.target.value })}
          error={!!errors.month}
          helperText={errors.month}
        >
          {months.map((m) => (
            <MenuItem key={m} value={m}>
              {t.monthOption(m)}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <Box sx={{ display: 'flex', gap: 2 }}>
          {(['from', 'to'] as const).map((field) => (
            <TextField
              key={field}
              type="date"
              required
              sx={{ flex: 1 }}
              label={t[field]}
              value={form[field]}
              onChange={(e) => change({ [field]: e.target.value })}
              error={!!errors[field]}
              helperText={errors[field]}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          ))}
        </Box>
      )}
    </Box>
  );
}
