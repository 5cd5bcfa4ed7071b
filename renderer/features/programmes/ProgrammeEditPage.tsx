import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ProgrammeDetail } from '../../../shared/api/programmes';
import { commonFr } from '../../../shared/i18n/fr/common';
import { errorsFr } from '../../../shared/i18n/fr/errors';
import { programmesFr as t } from '../../../shared/i18n/fr/programmes';
import { validationFr } from '../../../shared/i18n/fr/validation';
import { call } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { BlocsEditor, ObjectivesEditor, SubjectsEditor } from './EditSections';
import { UnitsEditor } from './UnitsEditor';
import { formFromDetail, formToInput, type ProgrammeForm } from './edit-form';
import { programmePaths } from './paths';
import { Pending, Section } from './page-parts';

/** /programmes/:id/modifier — every part of a centre programme, saved at once. */
export function ProgrammeEditPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const canManage = useCanManageRecords();
  const query = useQuery('programmes.get', { id });
  const p = query.data;
  const cancel = () => navigate(programmePaths.detail(id));

  if (!p) return <Pending error={query.error} />;
  if (p.builtin || !canManage) {
    return (
      <Alert severity="info" action={<Button onClick={cancel}>{commonFr.close}</Button>}>
        {p.builtin ? t.readOnlyNote : errorsFr.forbidden}
      </Alert>
    );
  }
  return <EditForm programme={p} onCancel={cancel} />;
}

function EditForm({ programme: p, onCancel: cancel }: { programme: ProgrammeDetail; onCancel(): void }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<ProgrammeForm>(() => formFromDetail(p));
  const action = useAction();
  const id = p.id;

  const set =
    <K extends keyof ProgrammeForm>(key: K) =>
    (value: ProgrammeForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const header = (
    key: 'code' | 'title' | 'diplomaCode' | 'rncpCode' | 'nsfCode' | 'level' | 'totalHours',
    label: string,
    extra = {},
  ) => (
    <TextField
      label={label}
      value={form[key]}
      onChange={(e) => set(key)(e.target.value)}
      error={!!action.fields[key]}
      helperText={action.fields[key]}
      {...extra}
    />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = formToInput(id, form);
    if ('fields' in built) return action.refuse(built.fields, validationFr.summary);
    const saved = await action.run(() => call('programmes.update', built.input));
    if (saved) navigate(programmePaths.detail(id), { state: { notice: t.saved } });
  }

  const unitCodes = form.units.map((u) => u.code.trim()).filter(Boolean);
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <PageHeader
        title={t.editTitle(p.title)}
        actions={
          <Stack direction="row" spacing={1}>
            <Button onClick={cancel}>{commonFr.cancel}</Button>
            <Button type="submit" variant="contained" disabled={action.busy}>
              {commonFr.save}
            </Button>
          </Stack>
        }
      />
      {action.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {action.error}
        </Alert>
      )}
      <Section title={t.header}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { md: '1fr 3fr' }, gap: 2, mb: 2 }}>
            {header('code', t.code, { required: true })}
            {header('title', t.programmeTitle, { required: true })}
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 2 }}>
            {header('totalHours', `${t.totalHours} (h)`, { required: true, inputMode: 'decimal' })}
            {header('level', t.level, { inputMode: 'numeric' })}
            {header('rncpCode', t.rncp)}
            {header('diplomaCode', t.diplomaCode)}
            {header('nsfCode', t.nsf)}
          </Box>
        </Paper>
      </Section>
      <Section title={t.objectives}>
        <ObjectivesEditor rows={form.objectives} onRows={set('objectives')} fields={action.fields} />
      </Section>
      <Section title={t.subjects}>
        <SubjectsEditor
          rows={form.subjects}
          onRows={set('subjects')}
          fields={action.fields}
          unitCodes={unitCodes}
        />
      </Section>
      <Section title={t.units}>
        <UnitsEditor rows={form.units} onRows={set('units')} fields={action.fields} />
      </Section>
      <Section title={t.blocs}>
        <BlocsEditor rows={form.blocs} onRows={set('blocs')} fields={action.fields} unitCodes={unitCodes} />
      </Section>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={cancel}>{commonFr.cancel}</Button>
        <Button type="submit" variant="contained" disabled={action.busy}>
          {commonFr.save}
        </Button>
      </Stack>
    </Box>
  );
}
