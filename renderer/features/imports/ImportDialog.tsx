import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useState } from 'react';
import type { ImportCheck, ImportKind, ImportPreview } from '../../../shared/api/imports';
import { IMPORT_FIELDS } from '../../../shared/domain/import-columns';
import { commonFr } from '../../../shared/i18n/fr/common';
import { importsScreenFr as t } from '../../../shared/i18n/fr/imports-screen';
import { call } from '../../api';
import { readUpload, saveDownload } from '../../files';
import { useAction } from '../../hooks/useAction';
import { ImportCheckStep } from './ImportCheckStep';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep, type Mapping } from './ImportMappingStep';

export interface ImportDialogProps {
  kind: ImportKind;
  /** Learners only: the cohort they join, and optionally a group. */
  cohortId?: number;
  groupId?: number;
  open: boolean;
  onClose(imported: boolean): void;
}

/** The HTTP body is limited to 5 MB and base64 adds a third. */
const MAX_FILE_BYTES = 3.5 * 1024 * 1024;

/**
 * The import assistant: file, column mapping, check, then import in one go. Nothing is written
 * before the last button; each opening starts afresh.
 */
export function ImportDialog(props: ImportDialogProps) {
  return props.open ? <ImportWizard {...props} /> : null;
}

function ImportWizard({ kind, cohortId: initialCohort, groupId: initialGroup, onClose }: ImportDialogProps) {
  const [step, setStep] = useState(0);
  const [upload, setUpload] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [cohortId, setCohortId] = useState<number | ''>(initialCohort ?? '');
  const [groupId, setGroupId] = useState<number | ''>(initialGroup ?? '');
  const [mapping, setMapping] = useState<Mapping>({});
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [result, setResult] = useState<{ imported: number; skipped: number } | null>(null);
  const action = useAction();

  const target = () => ({
    kind,
    file: upload!,
    mapping,
    ...(kind === 'learners' && cohortId !== '' ? { cohortId } : {}),
    ...(kind === 'learners' && groupId !== '' ? { groupId } : {}),
  });

  async function template() {
    const file = await action.run(() => call('imports.template', { kind }));
    if (file) saveDownload(file);
  }

  async function pick(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      return action.refuse(
        {},
        t.tooLarge((file.size / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })),
      );
    }
    setPreview(null);
    setCheck(null);
    const chosen = await readUpload(file);
    const found = await action.run(() => call('imports.preview', { kind, file: chosen }));
    if (!found) return;
    setUpload(chosen);
    setPreview(found);
    setMapping(found.mapping);
  }

  function next() {
    if (kind === 'learners' && cohortId === '') return action.refuse({ cohortId: t.cohortRequired });
    action.reset();
    setStep(1);
  }

  async function verify() {
    const missing: Record<string, string> = {};
    for (const f of IMPORT_FIELDS[kind]) {
      if (f.required && mapping[f.key] == null) missing[f.key] = t.requiredUnmapped(f.label);
    }
    if (Object.keys(missing).length > 0) return action.refuse(missing, t.missingRequired);
    const checked = await action.run(() => call('imports.check', target()));
    if (!checked) return;
    setCheck(checked);
    setStep(2);
  }

  async function run(onlyValid: boolean) {
    const done = await action.run(() => call('imports.run', { ...target(), onlyValid }));
    if (done) setResult(done);
  }

  function back() {
    action.reset();
    setStep((s) => s - 1);
  }

  const close = () => onClose(result !== null);
  const canImportAll = !!check && check.invalidCount === 0 && check.rows.length > 0;
  const canImportValid = !!check && check.invalidCount > 0 && check.validCount > 0;

  return (
    <Dialog open onClose={close} fullWidth maxWidth="lg" aria-labelledby="import-dialog-title">
      <DialogTitle id="import-dialog-title">{t.title(kind)}</DialogTitle>
      <Box sx={{ height: 4 }}>{action.busy && <LinearProgress aria-label={commonFr.loading} />}</Box>
      <DialogContent>
        <Stepper activeStep={result ? 3 : step} sx={{ mb: 3 }}>
          {t.steps.map((label) => (
            <Step key={label}>
              <StepLabel>{label}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {action.error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {action.error}
          </Alert>
        )}
        {result ? (
          <Alert severity="success">
            {t.imported(kind, result.imported)}
            {result.skipped > 0 && ` — ${t.skipped(result.skipped)}`}
          </Alert>
        ) : step === 0 ? (
          <ImportFileStep
            kind={kind}
            fileName={upload?.fileName ?? null}
            preview={preview}
            busy={action.busy}
            onTemplate={() => void template()}
            onPick={(file) => void pick(file)}
            cohortId={cohortId}
            groupId={groupId}
            onCohort={(id) => {
              action.reset();
              setCohortId(id);
              setGroupId('');
            }}
            onGroup={setGroupId}
            fields={action.fields}
          />
        ) : step === 1 && preview ? (
          <ImportMappingStep
            kind={kind}
            preview={preview}
            mapping={mapping}
            onChange={setMapping}
            fields={action.fields}
          />
        ) : check ? (
          <ImportCheckStep kind={kind} check={check} mapping={mapping} />
        ) : null}
      </DialogContent>
      <DialogActions>
        {result ? (
          <Button variant="contained" onClick={close} autoFocus>
            {t.finish}
          </Button>
        ) : (
          <>
            <Button onClick={close} sx={{ mr: 'auto' }}>
              {commonFr.cancel}
            </Button>
            {step > 0 && (
              <Button onClick={back} disabled={action.busy}>
                {t.back}
              </Button>
            )}
            {step === 0 && (
              <Button variant="contained" onClick={next} disabled={!preview || action.busy}>
                {t.next}
              </Button>
            )}
            {step === 1 && (
              <Button variant="contained" onClick={() => void verify()} disabled={action.busy}>
                {t.check}
              </Button>
            )}
            {step === 2 && canImportValid && (
              <Button onClick={() => void run(true)} disabled={action.busy}>
                {t.importValid(check.validCount)}
              </Button>
            )}
            {step === 2 && check && (
              <Button
                variant="contained"
                onClick={() => void run(false)}
                disabled={!canImportAll || action.busy}
              >
                {t.importAll(check.rows.length)}
              </Button>
            )}
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
