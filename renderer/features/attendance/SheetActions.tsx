import DrawIcon from '@mui/icons-material/Draw';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PrintIcon from '@mui/icons-material/Print';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import VisibilityIcon from '@mui/icons-material/Visibility';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AttendanceSheet } from '../../../shared/api/attendance';
import type { Result } from '../../../shared/api/result';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { call } from '../../api';
import { DownloadButton } from '../../components/DownloadButton';
import { useSession } from '../../session';
import { pngSource } from './display';
import { AttachScanDialog, PaperCloseDialog, ReopenDialog, SignatureDialog } from './SheetDialogs';

type Open = 'none' | 'sign' | 'paper' | 'reopen' | 'scan';
type Apply = (change: () => Promise<Result<AttendanceSheet>>) => Promise<Result<AttendanceSheet>>;

/** How the sheet was closed, the trainer's signature, and each reopening with its reason. */
export function SheetHistory({ sheet }: { sheet: AttendanceSheet }) {
  const { session } = sheet;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      {session.status === 'closed' && sheet.closedAt && (
        <Alert severity="success">
          {session.mode === 'paper'
            ? t.closedPaper(sheet.closedAt, sheet.closedBy ?? '')
            : t.closedScreen(sheet.closedAt, sheet.closedBy ?? '')}
          {sheet.scanName && ` ${t.scanOf(sheet.scanName)}`}
        </Alert>
      )}
      {session.status === 'closed' && session.mode === 'screen' && sheet.trainerSignaturePng && (
        <Box>
          <Typography variant="caption" color="text.secondary" component="div">
            {t.trainerSignature}
          </Typography>
          <Box
            component="img"
            src={pngSource(sheet.trainerSignaturePng)}
            alt={`${t.trainerSignature} : ${session.trainerName ?? ''}`}
            sx={{ height: 60, border: 1, borderColor: 'divider', borderRadius: 0.5, bgcolor: '#fff' }}
          />
        </Box>
      )}
      {sheet.reopenings.length > 0 && (
        <Box component="section" aria-label={t.reopenings}>
          <Typography variant="subtitle2" component="h2">
            {t.reopenings}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {sheet.reopenings.map((r) => (
              <Typography component="li" variant="body2" key={r.at}>
                {t.reopening(r.at, r.by, r.reason)}
              </Typography>
            ))}
          </Box>
        </Box>
      )}
    </Stack>
  );
}

/**
 * The foot of the sheet: sign and close on screen, print, close from paper, reopen (managers),
 * attach or view the scan. Each dialog sends through `apply` so the sheet shown is the answer.
 */
export function SheetActions({
  sheet,
  apply,
  onDone,
}: {
  sheet: AttendanceSheet;
  apply: Apply;
  onDone(message: string): void;
}) {
  const { user } = useSession();
  const [open, setOpen] = useState<Open>('none');
  const [error, setError] = useState<string | null>(null);
  const { session } = sheet;
  const sessionId = session.sessionId;
  const isOpen = session.status === 'open';
  const writer = user.role !== 'adviser';
  const present = sheet.lines.filter((l) => l.presence === 'present');
  const unsigned = present.filter((l) => !l.signaturePng).length;
  const unrecorded = sheet.lines.filter((l) => l.presence === null).length;
  const closeWith = (message: string) => (done: boolean) => {
    setOpen('none');
    if (done) onDone(message);
  };

  return (
    <Box sx={{ mt: 3 }}>
      {isOpen && sheet.canRecord && (unsigned > 0 || unrecorded > 0) && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {[unrecorded > 0 && t.unrecordedHint(unrecorded), unsigned > 0 && t.unsignedHint(unsigned)]
            .filter(Boolean)
            .join(' ')}
        </Typography>
      )}
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {isOpen && sheet.canRecord && (
          <Button variant="contained" size="large" startIcon={<DrawIcon />} onClick={() => setOpen('sign')}>
            {t.closeScreen}
          </Button>
        )}
        <DownloadButton
          label={t.printSheet}
          icon={<PrintIcon />}
          fetch={() => call('attendance.printSheet', { sessionId })}
          onError={setError}
        />
        {isOpen && sheet.canRecord && (
          <Button variant="outlined" onClick={() => setOpen('paper')}>
            {t.closePaper}
          </Button>
        )}
        {!isOpen && session.mode === 'paper' && writer && (
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setOpen('scan')}>
            {t.attachScan}
          </Button>
        )}
        {sheet.scanName && (
          <DownloadButton
            label={t.viewScan}
            icon={<VisibilityIcon />}
            fetch={() => call('attendance.scan', { sessionId })}
            onError={setError}
          />
        )}
        {!isOpen && sheet.canReopen && (
          <Button color="warning" startIcon={<LockOpenIcon />} onClick={() => setOpen('reopen')}>
            {t.reopen}
          </Button>
        )}
      </Stack>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <SheetHistory sheet={sheet} />
      {open === 'sign' && (
        <SignatureDialog
          title={t.trainerSignTitle}
          intro={t.trainerSignIntro(session.trainerName ?? user.displayName)}
          label={t.signatureOf(session.trainerName ?? user.displayName)}
          onSend={(png) =>
            apply(() => call('attendance.close', { sessionId, mode: 'screen', trainerSignaturePng: png }))
          }
          onClose={closeWith(t.closedDone)}
        />
      )}
      {open === 'paper' && (
        <PaperCloseDialog
          onSend={(scan) =>
            apply(() => call('attendance.close', { sessionId, mode: 'paper', ...(scan ? { scan } : {}) }))
          }
          onClose={closeWith(t.closedDone)}
        />
      )}
      {open === 'scan' && (
        <AttachScanDialog
          onSend={(scan) => apply(() => call('attendance.attachScan', { sessionId, scan }))}
          onClose={closeWith(t.scanAttached)}
        />
      )}
      {open === 'reopen' && (
        <ReopenDialog
          onSend={(reason) => apply(() => call('attendance.reopen', { sessionId, reason }))}
          onClose={closeWith(t.reopened)}
        />
      )}
    </Box>
  );
}
