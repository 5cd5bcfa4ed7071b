import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Centre } from '../../../shared/api/centre';
import { centreFr } from '../../../shared/i18n/fr/centre';
import { call } from '../../api';
import { FieldText } from '../../components/FieldText';
import { useAction } from '../../hooks/useAction';
import { CentreImages } from './CentreImages';
import { enterSubmits } from './enter-submits';

const t = centreFr.screen;
const f = centreFr.fields;

const TEXT_FIELDS = [
  'name',
  'address',
  'postcode',
  'city',
  'siret',
  'nda',
  'phone',
  'email',
  'signatoryName',
  'signatoryTitle',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Draft = Record<TextField, string>;

const draftOf = (centre: Centre): Draft =>
  Object.fromEntries(TEXT_FIELDS.map((field) => [field, centre[field] ?? ''])) as Draft;

const HELP: Partial<Record<TextField, string>> = {
  address: t.addressHelp,
  siret: t.siretHelp,
  nda: t.ndaHelp,
  city: t.cityHelp,
  signatoryTitle: t.signatoryTitleHelp,
};

/** Where each field sits in the two-column form: the address spans both. */
const WIDE: ReadonlySet<TextField> = new Set(['name', 'address']);

/** What documents still lack, or that nothing does. */
function Completeness({ centre }: { centre: Centre }) {
  return centre.missing.length > 0 ? (
    <Alert severity="warning">{t.missing(centre.missing)}</Alert>
  ) : (
    <Alert severity="success">{t.complete}</Alert>
  );
}

/**
 * Paramètres › Identité du centre (administrators and managers): the fields every document
 * prints in its header and signature block, then the logo and the signature image. Enter
 * saves, Esc puts back what is saved.
 */
export function CentreSection() {
  const [centre, setCentre] = useState<Centre | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    void call('centre.get', {}).then((r) => {
      if (!r.ok) return;
      setCentre(r.value);
      setDraft(draftOf(r.value));
    });
  }, []);

  if (!centre || !draft) return null;

  function change(field: TextField, value: string) {
    setSaved(false);
    setDraft((current) => (current ? { ...current, [field]: value } : current));
  }

  function cancel() {
    setSaved(false);
    action.reset();
    setDraft(draftOf(centre!));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await action.run(() => call('centre.update', draft!));
    if (!result) return;
    setCentre(result);
    setDraft(draftOf(result));
    setSaved(true);
  }

  function escape(event: KeyboardEvent) {
    if (event.key === 'Escape') cancel();
  }

  const changed = TEXT_FIELDS.some((field) => draft[field] !== (centre[field] ?? ''));

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t.intro}
      </Typography>
      <Completeness centre={centre} />
      <Stack
        component="form"
        spacing={2}
        onSubmit={submit}
        onKeyDown={escape}
        noValidate
        aria-label={t.title}
      >
        {action.error && <Alert severity="error">{action.error}</Alert>}
        {saved && <Alert severity="success">{t.saved}</Alert>}
        <Box
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, maxWidth: 820 }}
        >
          {TEXT_FIELDS.map((field) => (
            <FieldText
              key={field}
              field={field}
              errors={action.fields}
              label={f[field]}
              help={HELP[field]}
              value={draft[field]}
              onChange={(v) => change(field, v)}
              multiline={field === 'address'}
              minRows={field === 'address' ? 2 : undefined}
              sx={WIDE.has(field) ? { gridColumn: { md: '1 / -1' } } : undefined}
              slotProps={{
                htmlInput: {
                  inputMode:
                    field === 'siret' || field === 'nda' || field === 'postcode' ? 'numeric' : undefined,
                  onKeyDown: field === 'address' ? enterSubmits : undefined,
                },
              }}
            />
          ))}
        </Box>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={action.busy}>
            {t.save}
          </Button>
          <Button onClick={cancel} disabled={action.busy || !changed}>
            {t.cancel}
          </Button>
        </Stack>
      </Stack>
      <CentreImages centre={centre} onChange={setCentre} />
    </Stack>
  );
}
