import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import VisibilityIcon from '@mui/icons-material/Visibility';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { BATCH_FORMATS, DOCUMENT_KINDS, type DocumentKind } from '../../../shared/api/documents';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';
import { call } from '../../api';
import { CentreNotice } from './CentreNotice';
import { type DocumentForm, formFields } from './document-form';
import { JobPanel } from './JobPanel';
import { LearnerChecklist } from './LearnerChecklist';
import type { DocumentsPrefill } from './paths';
import { PdfPreview, type PreviewState } from './PdfPreview';
import { ScopeFields } from './ScopeFields';
import type { useBatchJob } from './useBatchJob';
import { useGenerateForm } from './useGenerateForm';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/**
 * Générer: the document, its scope and format, a preview of the first page, then the batch with
 * its progress. Enter generates, Esc stops a batch under way.
 */
export function GenerateTab({
  prefill,
  job,
  onOpenArchive,
}: {
  prefill: DocumentsPrefill;
  job: ReturnType<typeof useBatchJob>;
  onOpenArchive(): void;
}) {
  const f = useGenerateForm(prefill);
  const { form, built } = f;
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<{ key: string; state: PreviewState } | null>(null);
  const requestKey = built.ok ? JSON.stringify(built.request) : null;
  const shownPreview: PreviewState =
    preview && preview.key === requestKey ? preview.state : { state: 'empty' };
  const failedFields = job.view.phase === 'failed' ? formFields(job.view.fields, form.range) : {};
  const errors = { ...failedFields, ...checked };

  function change(next: Partial<DocumentForm>) {
    setChecked({});
    if (job.view.phase === 'failed' || job.view.phase === 'cancelled') job.reset();
    f.change(next);
  }

  async function showPreview() {
    if (!built.ok) return setChecked(built.fields);
    const key = JSON.stringify(built.request);
    setPreview({ key, state: { state: 'loading' } });
    const result = await call('documents.preview', built.request);
    if (result.ok)
      return setPreview({ key, state: { state: 'ready', contentBase64: result.value.contentBase64 } });
    setChecked(formFields(result.error.fields ?? {}, form.range));
    setPreview({ key, state: { state: 'error', message: result.error.message } });
  }

  function generate(event: FormEvent) {
    event.preventDefault();
    if (job.busy) return;
    if (!built.ok) return setChecked(built.fields);
    setChecked({});
    void job.start(built.request, form.format);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && job.busy) void job.cancel();
  }

  if (f.cohorts.data && f.cohorts.data.length === 0) return <Alert severity="info">{t.noCohorts}</Alert>;

  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 454px' } }}>
      <Stack component="form" spacing={2} noValidate onSubmit={generate} onKeyDown={onKeyDown}>
        <CentreNotice />
        {f.error && <Alert severity="error">{f.error}</Alert>}
        <Section id="documents-kind" title={t.documentLabel}>
          <RadioGroup
            aria-labelledby="documents-kind"
            value={form.kind}
            onChange={(e) => change({ kind: e.target.value as DocumentKind })}
          >
            {DOCUMENT_KINDS.map((kind) => (
              <FormControlLabel key={kind} value={kind} control={<Radio />} label={t.kinds[kind]} />
            ))}
          </RadioGroup>
          <FormHelperText>{t.kindHelp[form.kind]}</FormHelperText>
        </Section>
        <Section id="documents-scope" title={t.scopeTitle}>
          <ScopeFields
            form={form}
            change={change}
            cohorts={f.cohorts.data ?? []}
            groups={f.groups}
            periods={f.periods}
            months={f.months}
            errors={errors}
          />
          <Box sx={{ mt: 2 }}>
            <LearnerChecklist
              learners={f.learners}
              selected={form.learnerIds}
              onChange={(learnerIds) => change({ learnerIds })}
              error={errors.learnerIds}
            />
          </Box>
        </Section>
        <Section id="documents-format" title={t.formatLabel}>
          <RadioGroup
            row
            aria-labelledby="documents-format"
            value={form.format}
            onChange={(e) => change({ format: e.target.value as DocumentForm['format'] })}
          >
            {BATCH_FORMATS.map((format) => (
              <FormControlLabel key={format} value={format} control={<Radio />} label={t.formats[format]} />
            ))}
          </RadioGroup>
          <FormHelperText>{t.formatHelp[form.format]}</FormHelperText>
        </Section>
        <Box sx={{ display: 'flex', gap: 1.5, justifyContent: 'flex-end' }}>
          <Button
            variant="outlined"
            startIcon={<VisibilityIcon />}
            disabled={shownPreview.state === 'loading'}
            onClick={() => void showPreview()}
          >
            {t.preview}
          </Button>
          <Button type="submit" variant="contained" startIcon={<PlayArrowIcon />} disabled={job.busy}>
            {t.generate}
          </Button>
        </Box>
        <JobPanel view={job.view} onCancel={() => void job.cancel()} onOpenArchive={onOpenArchive} />
      </Stack>
      <Box sx={{ position: { lg: 'sticky' }, top: { lg: 88 }, alignSelf: 'start' }}>
        <PdfPreview preview={shownPreview} />
      </Box>
    </Box>
  );
}
