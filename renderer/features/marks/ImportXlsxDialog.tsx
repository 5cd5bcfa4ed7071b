import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { MarksImport } from '../../../shared/api/marks-xlsx';
import { commonFr } from '../../../shared/i18n/fr/common';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { call } from '../../api';
import { readUpload } from '../../files';
import { useAction } from '../../hooks/useAction';
import { ImportChangesTable, ImportRefusalsTable } from './ImportTables';

type Upload = Awaited<ReturnType<typeof readUpload>>;

/**
 * The XLSX import: the file is read on a dry run first, so the person sees every changed cell,
 * every refused one and the conflicts with changes made since the export before anything is
 * written. "Appliquer" imports for real, in one transaction; `onClose` gets the notice to show.
 */
export function ImportXlsxDialog({ onClose }: { onClose(done: string | null): void }) {
  const action = useAction();
  const [file, setFile] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<MarksImport | null>(null);
  const [overwrite, setOverwrite] = useState(false);

  async function pick(picked: File | undefined) {
    if (!picked) return;
    setPreview(null);
    setOverwrite(false);
    const upload = await readUpload(picked);
    setFile(upload);
    const dry = await action.run(() => call('marks.importXlsx', { file: upload, dryRun: true }));
    if (dry) setPreview(dry);
  }

  async function apply() {
    if (!file) return;
    const done = await action.run(() =>
      call('marks.importXlsx', { file, dryRun: false, overwriteConflicts: overwrite }),
    );
    if (done) onClose(t.imported(done.applied));
  }

  // The backend imports all or nothing: one refused cell and the file must be corrected first.
  const toApply =
    preview && preview.refusals.length === 0
      ? preview.changes.filter((c) => !c.conflict || overwrite).length
      : 0;

  return (
    <Dialog open onClose={() => onClose(null)} fullWidth maxWidth="md">
      <DialogTitle>{t.importTitle}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t.importIntro}</DialogContentText>
        <Button
          component="label"
          variant="outlined"
          startIcon={action.busy ? <CircularProgress size={16} /> : <UploadFileIcon />}
          disabled={action.busy}
          sx={{ mb: 2 }}
        >
          {file ? file.fileName : t.importPick}
          <input
            hidden
            type="file"
            aria-label={t.importFile}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </Button>
        {action.error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {action.error}
          </Alert>
        )}
        {preview && (
          <>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {preview.changes.length > 0
                ? t.importSummary(preview.changes.length, preview.unchanged, preview.exportedAt)
                : t.importNothing}
            </Typography>
            {preview.refusals.length > 0 && <ImportRefusalsTable refusals={preview.refusals} />}
            {preview.conflictCount > 0 && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                {t.importConflicts(preview.conflictCount)}
                <FormControlLabel
                  sx={{ display: 'flex', mt: 1 }}
                  control={<Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />}
                  label={t.importOverwrite}
                />
              </Alert>
            )}
            {preview.changes.length > 0 && (
              <ImportChangesTable changes={preview.changes} overwrite={overwrite} />
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(null)}>{commonFr.cancel}</Button>
        <Button variant="contained" onClick={() => void apply()} disabled={action.busy || toApply === 0}>
          {t.apply}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
