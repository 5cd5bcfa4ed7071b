import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent } from 'react';
import type { AttendanceSheet } from '../../../shared/api/attendance';
import type { Result } from '../../../shared/api/result';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { commonFr } from '../../../shared/i18n/fr/common';
import { FieldText } from '../../components/FieldText';
import { FormDialog } from '../../components/FormDialog';
import { SignaturePad } from '../../components/SignaturePad';
import { readUpload } from '../../files';
import { useAction } from '../../hooks/useAction';

type Send<I> = (input: I) => Promise<Result<AttendanceSheet>>;

/** The pad in a dialog: a learner signs for their presence, or the trainer signs and closes. */
export function SignatureDialog({
  title,
  intro,
  label,
  onSend,
  onClose,
}: {
  title: string;
  intro: string;
  label: string;
  onSend: Send<string>;
  onClose(done: boolean): void;
}) {
  const action = useAction();
  async function validate(png: string) {
    if (await action.run(() => onSend(png))) onClose(true);
  }
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{intro}</DialogContentText>
          {action.error && <Alert severity="error">{action.error}</Alert>}
          <SignaturePad label={label} busy={action.busy} onValidate={(png) => void validate(png)} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{commonFr.cancel}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** A scan (PDF or image) picked with a button; the file input stays reachable by its label. */
export function ScanPicker({ file, onPick }: { file: File | null; onPick(file: File | null): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Button variant="outlined" onClick={() => input.current?.click()}>
        {t.chooseScan}
      </Button>
      <Typography variant="body2" color="text.secondary">
        {file ? file.name : t.noScanChosen}
      </Typography>
      <input
        ref={input}
        type="file"
        accept="application/pdf,image/png,image/jpeg"
        aria-label={t.scanFile}
        hidden
        onChange={(e) => {
          onPick(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
    </Stack>
  );
}

/** "Clôturer (feuille papier)": the presences recorded from paper, with the scan if there is one. */
export function PaperCloseDialog({
  onSend,
  onClose,
}: {
  onSend: Send<{ fileName: string; contentBase64: string } | undefined>;
  onClose(done: boolean): void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const action = useAction();
  async function submit() {
    const scan = file ? await readUpload(file) : undefined;
    if (await action.run(() => onSend(scan))) onClose(true);
  }
  return (
    <FormDialog
      title={t.paperTitle}
      intro={t.paperIntro}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error ?? action.fields.scan ?? null}
      submitLabel={t.closeSubmit}
      maxWidth="sm"
    >
      <ScanPicker file={file} onPick={setFile} />
    </FormDialog>
  );
}

/** "Joindre le scan" on a sheet closed on paper. */
export function AttachScanDialog({
  onSend,
  onClose,
}: {
  onSend: Send<{ fileName: string; contentBase64: string }>;
  onClose(done: boolean): void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const action = useAction();
  async function submit() {
    if (!file) return;
    const scan = await readUpload(file);
    if (await action.run(() => onSend(scan))) onClose(true);
  }
  return (
    <FormDialog
      title={t.attachScan}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitLabel={t.attachScan}
      submitDisabled={!file}
      maxWidth="sm"
    >
      <ScanPicker file={file} onPick={setFile} />
    </FormDialog>
  );
}

/** "Rouvrir": a manager gives the reason, kept on the sheet. */
export function ReopenDialog({ onSend, onClose }: { onSend: Send<string>; onClose(done: boolean): void }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 5) return action.refuse({ reason: t.reopenReasonHelp });
    if (await action.run(() => onSend(reason))) onClose(true);
  }
  return (
    <FormDialog
      title={t.reopenTitle}
      intro={t.reopenIntro}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      submitLabel={t.reopen}
    >
      <FieldText
        field="reason"
        errors={action.fields}
        label={t.reopenReason}
        help={t.reopenReasonHelp}
        value={reason}
        onChange={setReason}
        autoFocus
        slotProps={{ htmlInput: { maxLength: 300 } }}
      />
    </FormDialog>
  );
}
