import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import HistoryIcon from '@mui/icons-material/History';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import UndoIcon from '@mui/icons-material/Undo';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Evaluation } from '../../../shared/api/marks';
import { DEFAULT_DISPLAY_ROUNDING } from '../../../shared/domain/marks';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { call } from '../../api';
import { DownloadButton } from '../../components/DownloadButton';
import { useQuery } from '../../hooks/useQuery';
import { useSession } from '../../session';
import { learnerName } from './display';
import { EvaluationDialog } from './EvaluationDialog';
import type { CellPos } from './grid-keys';
import { HistoryDialog } from './HistoryDialog';
import { ImportXlsxDialog } from './ImportXlsxDialog';
import { MarkGrid } from './MarkGrid';
import { PastePreviewDialog } from './PastePreviewDialog';
import type { PastePlan } from './sheet-edits';
import { SheetConflicts } from './SheetConflicts';
import { SheetStatus } from './SheetStatus';
import { type SheetKey, useMarkSheet } from './useMarkSheet';

type Open =
  | { kind: 'none' }
  | { kind: 'evaluation'; evaluation: Evaluation | null }
  | { kind: 'paste'; plan: PastePlan }
  | { kind: 'history'; row: number; col: number | null }
  | { kind: 'import' };

/** "Saisie des notes": the sheet of the chosen group × subject × period, its toolbar and dialogs. */
export function SheetTab({ sheetKey, programmeId }: { sheetKey: SheetKey; programmeId: number | null }) {
  const { user } = useSession();
  const settings = useQuery('settings.get', {});
  const rounding = settings.data?.marks.displayRounding ?? DEFAULT_DISPLAY_ROUNDING;
  const model = useMarkSheet(sheetKey);
  const [active, setActive] = useState<CellPos | null>(null);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const [showKeys, setShowKeys] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const { state } = model;

  if (model.loadError && !state) return <Alert severity="error">{model.loadError}</Alert>;
  if (!state) return <CircularProgress aria-label={t.loading} />;

  const { sheet } = state;
  const readOnly = !sheet.canEdit;
  const manager = user.role === 'admin' || user.role === 'manager';
  const label = t.gridLabel(sheet.subject.name, sheet.group.name, sheet.period.name);
  const historyOf = (pos: CellPos) => setOpen({ kind: 'history', row: pos.row, col: pos.col });

  return (
    <>
      {readOnly && sheet.cannotEditReason && (
        <Alert severity={sheet.period.closed ? 'warning' : 'info'} sx={{ mb: 2 }}>
          <AlertTitle>{t.readOnlyTitle}</AlertTitle>
          {sheet.cannotEditReason}
        </Alert>
      )}
      {fileError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setFileError(null)}>
          {fileError}
        </Alert>
      )}
      {model.loadError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {model.loadError}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
        {!readOnly && (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setOpen({ kind: 'evaluation', evaluation: null })}
          >
            {t.newEvaluation}
          </Button>
        )}
        {!readOnly && (
          <Button startIcon={<UndoIcon />} disabled={!model.canUndo} onClick={model.undo}>
            {t.undo}
          </Button>
        )}
        <Button
          startIcon={<HistoryIcon />}
          disabled={!active}
          title={t.historyHelp}
          onClick={() => active && historyOf(active)}
        >
          {t.history}
        </Button>
        <Button
          startIcon={<HistoryIcon />}
          disabled={!active}
          onClick={() => active && setOpen({ kind: 'history', row: active.row, col: null })}
        >
          {t.learnerHistory}
        </Button>
        <Button startIcon={<KeyboardIcon />} aria-expanded={showKeys} onClick={() => setShowKeys((v) => !v)}>
          {t.shortcuts}
        </Button>
        <DownloadButton
          label={t.exportXlsx}
          icon={<FileDownloadIcon />}
          fetch={() => call('marks.exportXlsx', sheetKey)}
          onError={setFileError}
        />
        {!readOnly && (
          <Button
            variant="outlined"
            startIcon={<FileUploadIcon />}
            onClick={() => setOpen({ kind: 'import' })}
          >
            {t.importXlsx}
          </Button>
        )}
        <Box sx={{ flex: 1 }} />
        <SheetStatus state={state} anySaved={model.anySaved} onRetry={model.retry} />
      </Box>
      <Collapse in={showKeys}>
        <Paper variant="outlined" sx={{ p: 1.5, mb: 1, bgcolor: '#fafbfc' }}>
          {t.shortcutLines.map((line) => (
            <Typography key={line} variant="body2" sx={{ lineHeight: 1.7 }}>
              {line}
            </Typography>
          ))}
        </Paper>
      </Collapse>

      <SheetConflicts state={state} onOverwrite={model.retry} />
      {sheet.evaluations.length === 0 ? (
        <Alert severity="info">{sheet.learners.length === 0 ? t.emptyLearners : t.emptyEvaluations}</Alert>
      ) : (
        <Paper
          variant="outlined"
          sx={{ overflow: 'auto', maxHeight: 'calc(100vh - 350px)', minHeight: 240, position: 'relative' }}
        >
          <MarkGrid
            state={state}
            label={label}
            readOnly={readOnly}
            rounding={rounding}
            onCommit={model.commit}
            onApply={model.apply}
            onPaste={(plan) => setOpen({ kind: 'paste', plan })}
            onDiscard={model.discard}
            onUndo={model.undo}
            onEditEvaluation={
              readOnly ? undefined : (evaluation) => setOpen({ kind: 'evaluation', evaluation })
            }
            onHistory={(row, col) => historyOf({ row, col })}
            onActiveChange={setActive}
          />
        </Paper>
      )}

      {open.kind === 'evaluation' && (
        <EvaluationDialog
          sheet={sheet}
          evaluation={open.evaluation}
          programmeId={programmeId}
          canForceDelete={manager}
          onStale={model.reload}
          onClose={(done) => {
            setOpen({ kind: 'none' });
            if (!done) return;
            setNotice(done);
            model.reload();
          }}
        />
      )}
      {open.kind === 'paste' && (
        <PastePreviewDialog
          plan={open.plan}
          state={state}
          onClose={(apply) => {
            setOpen({ kind: 'none' });
            if (apply) model.apply(open.plan.changes, 'paste');
          }}
        />
      )}
      {open.kind === 'history' && state.rows[open.row] && (
        <HistoryDialog
          learnerId={state.rows[open.row]!.learner.id}
          learnerName={learnerName(state.rows[open.row]!.learner)}
          evaluationId={open.col === null ? null : (sheet.evaluations[open.col]?.id ?? null)}
          evaluationTitle={open.col === null ? null : (sheet.evaluations[open.col]?.title ?? null)}
          onClose={() => setOpen({ kind: 'none' })}
        />
      )}
      {open.kind === 'import' && (
        <ImportXlsxDialog
          onClose={(done) => {
            setOpen({ kind: 'none' });
            if (!done) return;
            setNotice(done);
            model.reload();
          }}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
