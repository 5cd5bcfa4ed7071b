import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { PERIOD_KINDS, type Period } from '../../../shared/api/marks';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { call } from '../../api';
import { FieldText } from '../../components/FieldText';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';

type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Splits the cohort's training years into semesters or trimesters (replacing the periods it has). */
export function GeneratePeriodsDialog({
  cohortId,
  onClose,
}: {
  cohortId: number;
  onClose(done: string | null): void;
}) {
  const [kind, setKind] = useState<PeriodKind>('semester');
  const action = useAction();

  async function submit() {
    const periods = await action.run(() => call('periods.generate', { cohortId, kind }));
    if (periods) onClose(t.generated(periods.length));
  }

  return (
    <FormDialog
      title={t.generateTitle}
      intro={t.generateIntro}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitLabel={t.generateSubmit}
    >
      <TextField
        select
        label={t.fieldPeriodKind}
        value={kind}
        onChange={(e) => setKind(e.target.value as PeriodKind)}
        error={!!action.fields.kind}
        helperText={action.fields.kind}
        autoFocus
      >
        {PERIOD_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t.periodKinds[k]}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}

/** Renames a period or moves its dates. */
export function PeriodDialog({ period, onClose }: { period: Period; onClose(done: string | null): void }) {
  const [name, setName] = useState(period.name);
  const [startDate, setStartDate] = useState(period.startDate);
  const [endDate, setEndDate] = useState(period.endDate);
  const action = useAction();

  async function submit() {
    const saved = await action.run(() => call('periods.update', { id: period.id, name, startDate, endDate }));
    if (saved) onClose(t.periodUpdated(saved.name));
  }

  return (
    <FormDialog
      title={t.editPeriodTitle(period.name)}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
    >
      <FieldText
        field="name"
        errors={action.fields}
        label={t.fieldName}
        value={name}
        onChange={setName}
        autoFocus
        required
      />
      <Stack direction="row" spacing={2}>
        <FieldText
          field="startDate"
          errors={action.fields}
          label={t.fieldStart}
          type="date"
          value={startDate}
          onChange={setStartDate}
          slotProps={{ inputLabel: { shrink: true } }}
          required
        />
        <FieldText
          field="endDate"
          errors={action.fields}
          label={t.fieldEnd}
          type="date"
          value={endDate}
          onChange={setEndDate}
          slotProps={{ inputLabel: { shrink: true } }}
          required
        />
      </Stack>
    </FormDialog>
  );
}

/** Reopens a closed period; the reason is required and logged. */
export function ReopenPeriodDialog({
  period,
  onClose,
}: {
  period: Period;
  onClose(done: string | null): void;
}) {
  const [reason, setReason] = useState('');
  const action = useAction();

  async function submit() {
    const saved = await action.run(() => call('periods.reopen', { id: period.id, reason }));
    if (saved) onClose(t.reopened(saved.name));
  }

  return (
    <FormDialog
      title={t.reopenTitle(period.name)}
      intro={t.reopenIntro}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitLabel={t.reopen}
      submitDisabled={reason.trim() === ''}
    >
      <FieldText
        field="reason"
        errors={action.fields}
        label={t.reopenReason}
        value={reason}
        onChange={setReason}
        multiline
        minRows={2}
        autoFocus
        required
      />
    </FormDialog>
  );
}
