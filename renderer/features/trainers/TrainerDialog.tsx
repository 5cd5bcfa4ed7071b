import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { CONTRACT_TYPES, type Trainer } from '../../../shared/api/trainers';
import { contractTypeLabelsFr, trainersFr } from '../../../shared/i18n/fr/trainers';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { AvailabilityGrid, type HalfDay } from './AvailabilityGrid';
import { fullName } from './display';
import { SubjectsPicker } from './SubjectsPicker';

type ContractType = (typeof CONTRACT_TYPES)[number];

function Section({ title }: { title: string }) {
  return (
    <Typography variant="subtitle2" color="text.secondary" sx={{ pt: 1 }}>
      {title}
    </Typography>
  );
}

/** Creates a trainer or edits one: identity, contact, account, subjects, weekly availability. */
export function TrainerDialog({
  trainer,
  onClose,
}: {
  trainer: Trainer | null;
  onClose(saved: Trainer | null): void;
}) {
  const [surname, setSurname] = useState(trainer?.surname ?? '');
  const [firstName, setFirstName] = useState(trainer?.firstName ?? '');
  const [email, setEmail] = useState(trainer?.email ?? '');
  const [phone, setPhone] = useState(trainer?.phone ?? '');
  const [contractType, setContractType] = useState<ContractType>(trainer?.contractType ?? 'employee');
  const [userId, setUserId] = useState<number | ''>(trainer?.userId ?? '');
  const [subjectIds, setSubjectIds] = useState<number[]>(trainer?.subjects.map((s) => s.id) ?? []);
  const [availability, setAvailability] = useState<HalfDay[]>(trainer?.availability ?? []);
  const [notes, setNotes] = useState(trainer?.notes ?? '');
  const accounts = useQuery('trainers.accountChoices', {});
  const subjects = useQuery('trainers.subjectChoices', {});
  const action = useAction();
  const f = action.fields;

  async function submit() {
    const input = {
      surname,
      firstName,
      email,
      phone,
      contractType,
      userId: userId === '' ? null : userId,
      subjectIds,
      availability,
      notes,
    };
    const saved = await action.run(() =>
      trainer ? call('trainers.update', { id: trainer.id, ...input }) : call('trainers.create', input),
    );
    if (saved) onClose(saved);
  }

  const text = (label: string, field: string, value: string, set: (v: string) => void, extra = {}) => (
    <TextField
      label={label}
      value={value}
      onChange={(e) => set(e.target.value)}
      error={!!f[field]}
      helperText={f[field]}
      fullWidth
      {...extra}
    />
  );

  return (
    <FormDialog
      title={trainer ? trainersFr.editTitle(fullName(trainer)) : trainersFr.createTitle}
      onClose={() => onClose(null)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      maxWidth="md"
    >
      {(accounts.error ?? subjects.error) && (
        <Alert severity="warning">{accounts.error ?? subjects.error}</Alert>
      )}
      <Section title={trainersFr.identity} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          {text(trainersFr.surname, 'surname', surname, setSurname, {
            required: true,
            autoFocus: true,
          })}
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          {text(trainersFr.firstName, 'firstName', firstName, setFirstName, { required: true })}
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            select
            label={trainersFr.contractType}
            value={contractType}
            onChange={(e) => setContractType(e.target.value as ContractType)}
            error={!!f.contractType}
            helperText={f.contractType}
            fullWidth
          >
            {CONTRACT_TYPES.map((c) => (
              <MenuItem key={c} value={c}>
                {contractTypeLabelsFr[c]}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
      </Grid>
      <Section title={trainersFr.contact} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          {text(trainersFr.email, 'email', email, setEmail, { type: 'email' })}
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          {text(trainersFr.phone, 'phone', phone, setPhone, { type: 'tel' })}
        </Grid>
      </Grid>
      <TextField
        select
        label={trainersFr.account}
        value={userId}
        onChange={(e) => setUserId(e.target.value === '' ? '' : Number(e.target.value))}
        error={!!f.userId}
        helperText={f.userId ?? trainersFr.accountHelp}
        fullWidth
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">
          <em>{trainersFr.noAccount}</em>
        </MenuItem>
        {/* The current link stays listed even if that account has been disabled since. */}
        {trainer?.userId && !accounts.data?.some((a) => a.id === trainer.userId) && (
          <MenuItem value={trainer.userId}>{trainer.userLogin}</MenuItem>
        )}
        {(accounts.data ?? []).map((a) => {
          const elsewhere = a.trainerId !== null && a.trainerId !== trainer?.id;
          return (
            <MenuItem key={a.id} value={a.id} disabled={elsewhere}>
              {a.displayName} ({a.login})
              {elsewhere && ` — ${trainersFr.accountLinkedTo(a.trainerName ?? '')}`}
            </MenuItem>
          );
        })}
      </TextField>
      <SubjectsPicker
        choices={subjects.data ?? []}
        value={subjectIds}
        onChange={setSubjectIds}
        error={f.subjectIds}
      />
      <div>
        <Section title={trainersFr.availability} />
        <Typography variant="body2" color="text.secondary">
          {trainersFr.availabilityIntro}
        </Typography>
        <AvailabilityGrid value={availability} onChange={setAvailability} error={f.availability} />
      </div>
      {text(trainersFr.notes, 'notes', notes, setNotes, { multiline: true, minRows: 2 })}
    </FormDialog>
  );
}
