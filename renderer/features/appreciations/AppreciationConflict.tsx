import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { appreciationsFr as t } from '../../../shared/i18n/fr/appreciations';
import type { Theirs } from './useAppreciationSave';

/**
 * An appreciation someone else saved while it was being written here: the refusal (who, when,
 * their version, that the typed text was not saved), their whole version when the refusal only
 * quotes its beginning, and the two ways out — keep the typed text (sent over theirs, knowingly)
 * or take theirs into the field.
 */
export function AppreciationConflict({
  learner,
  message,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  learner: string;
  message: string;
  theirs: Theirs;
  onKeepMine(): void;
  onTakeTheirs(): void;
}) {
  // The refusal quotes a short current text whole; a long one only begins there, so it is shown.
  const quoted = theirs.text === '' || message.includes(theirs.text);
  return (
    <Alert severity="warning" sx={{ mt: 1 }}>
      <Typography variant="body2">{message}</Typography>
      {!quoted && (
        <>
          <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
            {t.currentVersion(theirs.updatedBy, theirs.updatedAt)}
          </Typography>
          <Box
            component="blockquote"
            sx={{
              m: 0,
              mt: 0.5,
              pl: 1.5,
              borderLeft: 3,
              borderColor: 'warning.main',
              whiteSpace: 'pre-wrap',
            }}
          >
            <Typography variant="body2">{theirs.text}</Typography>
          </Box>
        </>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        <Button
          size="small"
          variant="outlined"
          color="inherit"
          onClick={onKeepMine}
          aria-label={t.keepMineOf(learner)}
        >
          {t.keepMine}
        </Button>
        <Button size="small" color="inherit" onClick={onTakeTheirs} aria-label={t.takeTheirsOf(learner)}>
          {t.takeTheirs}
        </Button>
      </Box>
    </Alert>
  );
}
