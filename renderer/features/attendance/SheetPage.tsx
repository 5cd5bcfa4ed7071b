import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AttendanceLine } from '../../../shared/api/attendance';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { commonFr } from '../../../shared/i18n/fr/common';
import { call } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { learnerName, StatusChip } from './display';
import { LearnerRow } from './LearnerRow';
import { attendancePaths } from './paths';
import { SheetActions } from './SheetActions';
import { SheetFacts } from './SheetHeader';
import { SignatureDialog } from './SheetDialogs';
import { useSheet } from './useSheet';

/**
 * /emargement/seance/:id — the roll call of one half-day: one row per learner, each change saved
 * at once; signatures on screen, or the paper path (print, record what the paper says, close).
 */
export function SheetPage() {
  const sessionId = Number(useParams().id);
  const { sheet, loadError, rows, record, apply } = useSheet(sessionId);
  const [signing, setSigning] = useState<AttendanceLine | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const back = (
    <Button
      component={Link}
      to={attendancePaths.day(sheet?.session.date)}
      startIcon={<ArrowBackIcon />}
      sx={{ mb: 1 }}
    >
      {t.back}
    </Button>
  );
  if (loadError) {
    return (
      <>
        {back}
        <Alert severity="error">{loadError}</Alert>
      </>
    );
  }
  if (!sheet || sheet.session.sessionId !== sessionId) {
    return <Typography color="text.secondary">{commonFr.loading}</Typography>;
  }

  const { session } = sheet;
  const isOpen = session.status === 'open';
  const canSign = isOpen && sheet.canRecord;
  const unrecorded = sheet.lines.filter((l) => l.presence === null);

  return (
    <>
      {back}
      <PageHeader
        title={t.sheetTitle(session.subjectName, session.date, session.slot)}
        actions={<StatusChip session={session} />}
      />
      <SheetFacts sheet={sheet} />
      {sheet.cannotRecordReason && (
        <Alert severity={isOpen ? 'warning' : 'info'} sx={{ mb: 2 }}>
          {sheet.cannotRecordReason}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 1 }}>
        {sheet.canRecord && (
          <>
            <Button
              variant="contained"
              size="large"
              startIcon={<DoneAllIcon />}
              disabled={unrecorded.length === 0}
              onClick={() =>
                void record(unrecorded.map((l) => ({ learnerId: l.learnerId, presence: 'present' as const })))
              }
              sx={{ minHeight: 48 }}
            >
              {t.allPresent}
            </Button>
            <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
              {t.allPresentHelp}
            </Typography>
          </>
        )}
        <Typography aria-live="polite" sx={{ ml: 'auto' }}>
          {t.counts(session.recorded, session.learners, session.absent)}
        </Typography>
      </Box>
      <Paper variant="outlined">
        {sheet.lines.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {t.noLearners}
          </Typography>
        ) : (
          <Box component="ul" aria-label={t.learnersLabel} sx={{ m: 0, p: 0, listStyle: 'none' }}>
            {sheet.lines.map((line) => (
              <LearnerRow
                key={line.learnerId}
                line={line}
                state={rows[line.learnerId]}
                canRecord={sheet.canRecord}
                canSign={canSign}
                onRecord={(entry) => record([entry])}
                onSign={() => setSigning(line)}
              />
            ))}
          </Box>
        )}
      </Paper>
      <SheetActions sheet={sheet} apply={apply} onDone={setNotice} />
      {signing && (
        <SignatureDialog
          title={t.signatureOf(learnerName(signing))}
          intro={t.learnerSignIntro}
          label={t.signatureOf(learnerName(signing))}
          onSend={(png) =>
            apply(() =>
              call('attendance.signLearner', { sessionId, learnerId: signing.learnerId, signaturePng: png }),
            )
          }
          onClose={(done) => {
            if (done) setNotice(t.learnerSigned(learnerName(signing)));
            setSigning(null);
          }}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
