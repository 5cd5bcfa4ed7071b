import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { draftsOf, type SheetState } from './sheet-state';

/**
 * The sheet's save state in one line, said to screen readers as it changes: saving, saved, a
 * conflict (detailed by SheetConflicts), or the error with the reassurance that what was typed
 * is still there (and Réessayer).
 */
export function SheetStatus({
  state,
  anySaved,
  onRetry,
}: {
  state: SheetState;
  anySaved: boolean;
  onRetry(): void;
}) {
  const summary = useMemo(() => {
    let saving = 0;
    let invalid = 0;
    let conflicts = 0;
    let error: string | null = null;
    for (const { draft } of draftsOf(state)) {
      if (draft.status === 'saving') saving++;
      else if (draft.status === 'invalid') invalid++;
      else if (draft.status === 'conflict') conflicts++;
      else if (draft.status === 'error') error ??= draft.message;
    }
    return { saving, invalid, conflicts, error };
  }, [state]);

  let content: React.ReactNode = null;
  if (summary.saving > 0) {
    content = (
      <>
        <CircularProgress size={14} />
        <Typography variant="body2">{t.saving}</Typography>
      </>
    );
  } else if (summary.conflicts > 0) {
    // SheetConflicts above the grid says who changed what, and offers to send what was typed.
    content = (
      <>
        <WarningAmberIcon fontSize="small" color="warning" />
        <Typography variant="body2" color="warning.dark">
          {t.conflictShort}
        </Typography>
      </>
    );
  } else if (summary.error !== null) {
    content = (
      <>
        <ErrorOutlineIcon fontSize="small" color="error" />
        <Typography variant="body2" color="error">
          {t.error(summary.error)}
        </Typography>
        <Button size="small" color="error" onClick={onRetry}>
          {t.retry}
        </Button>
      </>
    );
  } else if (anySaved) {
    content = (
      <>
        <CheckCircleOutlineIcon fontSize="small" color="success" />
        <Typography variant="body2" color="success.main">
          {t.saved}
        </Typography>
      </>
    );
  }

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, minWidth: 0 }}>
      {summary.invalid > 0 && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }} title={t.invalidHelp}>
          <WarningAmberIcon fontSize="small" color="warning" />
          <Typography variant="body2" color="warning.dark" sx={{ whiteSpace: 'nowrap' }}>
            {t.invalidCount(summary.invalid)}
          </Typography>
        </Box>
      )}
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minHeight: 28 }}>
        {content}
      </Box>
    </Box>
  );
}
