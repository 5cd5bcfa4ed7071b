import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { draftsOf, type SheetState } from './sheet-state';

/**
 * Cells whose save was refused because someone else changed them meanwhile: how many, the
 * first refusal (who, when, the value now there, what was typed), how to keep either value, and
 * a button to send what was typed over the current values, deliberately.
 */
export function SheetConflicts({ state, onOverwrite }: { state: SheetState; onOverwrite(): void }) {
  const conflicts = draftsOf(state).filter(({ draft }) => draft.status === 'conflict');
  if (conflicts.length === 0) return null;
  const first = conflicts[0]!.draft;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 1 }}
      action={
        <Button color="inherit" size="small" onClick={onOverwrite} sx={{ whiteSpace: 'nowrap' }}>
          {t.overwrite(conflicts.length)}
        </Button>
      }
    >
      <AlertTitle>{t.conflicts(conflicts.length)}</AlertTitle>
      <Typography variant="body2">{first.message}</Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t.conflictHelp}
      </Typography>
    </Alert>
  );
}
