import CheckIcon from '@mui/icons-material/Check';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { appreciationsFr as t } from '../../../shared/i18n/fr/appreciations';
import type { SaveState } from './useAppreciationSave';

/**
 * "Enregistrement…", "Enregistré", the refusal with Réessayer, or a conflict (detailed under the
 * field by AppreciationConflict), said to screen readers as it changes; at rest, who last changed
 * the appreciation and when.
 */
export function SaveStatus({
  state,
  idleText,
  onRetry,
}: {
  state: SaveState;
  idleText: string | null;
  onRetry(): void;
}) {
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minHeight: 22 }}>
      {state.kind === 'idle' && idleText}
      {state.kind === 'saving' && (
        <>
          <CircularProgress size={12} />
          {t.saving}
        </>
      )}
      {state.kind === 'saved' && (
        <>
          <CheckIcon sx={{ fontSize: 16 }} color="success" />
          <Box component="span" sx={{ color: 'success.main' }}>
            {t.saved}
          </Box>
        </>
      )}
      {state.kind === 'conflict' && (
        <>
          <WarningAmberIcon sx={{ fontSize: 16 }} color="warning" />
          <Box component="span" sx={{ color: 'warning.dark' }}>
            {t.conflictShort}
          </Box>
        </>
      )}
      {state.kind === 'error' && (
        <>
          <ErrorOutlineIcon sx={{ fontSize: 16 }} color="error" />
          <Box component="span" sx={{ color: 'error.main' }}>
            {t.saveError} : {state.message}
          </Box>
          <Button size="small" color="error" onClick={onRetry} sx={{ py: 0 }}>
            {t.retry}
          </Button>
        </>
      )}
    </Box>
  );
}
