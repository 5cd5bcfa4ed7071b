import AttachFileIcon from '@mui/icons-material/AttachFile';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { EXCUSE_REASONS, JUSTIFICATIONS, type Absence } from '../../../shared/api/attendance';
import {
  absencesScreenFr as t,
  excuseReasonLabelsFr,
  justificationLabelsFr,
} from '../../../shared/i18n/fr/attendance-screen';
import { call } from '../../api';
import { FieldText } from '../../components/FieldText';
import { FormDialog } from '../../components/FormDialog';
import { readUpload } from '../../files';
import { useAction } from '../../hooks/useAction';

type Reason = (typeof EXCUSE_REASONS)[number];
/** Keep the document, remove it, or replace it with a file picked here. */
type DocumentChange = { kind: 'keep' } | { kind: 'remove' } | { kind: 'replace'; file: File };

/** The follow-up of one absence by a manager: justified or not, why, the proof, the employer told. */
export function AbsenceDialog({ absence, onClose }: { absence: Absence; onClose(saved: boolean): void }) {
  const [justification, setJustification] = useState(absence.justification);
  const [reason, setReason] = useState<Reason | ''>(absence.excuseReason ?? '');
  const [note, setNote] = useState(absence.excuseNote ?? '');
  const [notified, setNotified] = useState(absence.employerNotifiedOn ?? '');
  const [document, setDocument] = useState<DocumentChange>({ kind: 'keep' });
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();

  async function submit() {
    const upload =
      document.kind === 'replace'
        ? await readUpload(document.file)
        : document.kind === 'remove'
          ? null
          : undefined;
    const saved = await action.run(() =>
      call('absences.update', {
        sessionId: absence.sessionId,
        learnerId: absence.learnerId,
        justification,
        excuseReason: reason || null,
        excuseNote: note,
        employerNotifiedOn: notified || null,
        ...(upload === undefined ? {} : { document: upload }),
      }),
    );
    if (saved) onClose(true);
  }

  const current =
    document.kind === 'replace'
      ? t.newDocument(document.file.name)
      : document.kind === 'remove'
        ? t.documentRemoved
        : absence.excuseDocumentName && t.currentDocument(absence.excuseDocumentName);

  return (
    <FormDialog
      title={t.dialogTitle(absence.learnerName, absence.date, absence.slot)}
      onClose={() => onClose(false)}
      onSubmit={submit}
      busy={action.busy}
      error={action.error}
      maxWidth="sm"
    >
      <TextField
        select
        label={t.justification}
        value={justification}
        onChange={(e) => setJustification(e.target.value as Absence['justification'])}
        error={!!action.fields.justification}
        helperText={action.fields.justification}
      >
        {JUSTIFICATIONS.map((j) => (
          <MenuItem key={j} value={j}>
            {justificationLabelsFr[j]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value as Reason | '')}
        error={!!action.fields.excuseReason}
        helperText={action.fields.excuseReason}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t.noReason}</MenuItem>
        {EXCUSE_REASONS.map((r) => (
          <MenuItem key={r} value={r}>
            {excuseReasonLabelsFr[r]}
          </MenuItem>
        ))}
      </TextField>
      <FieldText
        field="excuseNote"
        errors={action.fields}
        label={t.note}
        value={note}
        onChange={setNote}
        slotProps={{ htmlInput: { maxLength: 300 } }}
      />
      <Stack spacing={1}>
        <Typography variant="body2" color={action.fields.document ? 'error' : 'text.secondary'}>
          {action.fields.document ?? current ?? t.document}
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" startIcon={<AttachFileIcon />} onClick={() => input.current?.click()}>
            {t.chooseDocument}
          </Button>
          {(absence.excuseDocumentName || document.kind === 'replace') && document.kind !== 'remove' && (
            <Button
              color="error"
              onClick={() => setDocument(absence.excuseDocumentName ? { kind: 'remove' } : { kind: 'keep' })}
            >
              {t.removeDocument}
            </Button>
          )}
        </Stack>
        <input
          ref={input}
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          aria-label={t.documentFile}
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) setDocument({ kind: 'replace', file });
          }}
        />
      </Stack>
      <FieldText
        field="employerNotifiedOn"
        errors={action.fields}
        type="date"
        label={t.employerNotifiedOn}
        value={notified}
        onChange={setNotified}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </FormDialog>
  );
}
