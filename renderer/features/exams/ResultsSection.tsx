import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SessionResults } from '../../../shared/api/exams';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { type ResultLearner, ResultsDialog } from './ResultsDialog';

/** The actual results of the cohort's past sessions, each with its success rate; managers enter them. */
export function ResultsSection({
  cohortId,
  learners,
}: {
  cohortId: number;
  learners: readonly ResultLearner[];
}) {
  const canWrite = useCanManageRecords();
  const results = useQuery('exams.results', { cohortId });
  const [editing, setEditing] = useState<SessionResults | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sessions = results.data ?? [];

  return (
    <Box component="section" aria-label={t.resultsTitle} sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t.resultsTitle}
        </Typography>
        {canWrite && (
          <Button startIcon={<AddIcon />} onClick={() => setEditing('new')}>
            {t.enterResults}
          </Button>
        )}
      </Box>
      {results.error && <Alert severity="error">{results.error}</Alert>}
      {results.data && sessions.length === 0 && <Typography color="text.secondary">{t.noResults}</Typography>}
      <List dense>
        {sessions.map((s) => (
          <ListItem
            key={s.sessionYear}
            secondaryAction={
              canWrite && (
                <IconButton
                  edge="end"
                  aria-label={t.editResults(s.sessionYear)}
                  onClick={() => setEditing(s)}
                >
                  <EditIcon fontSize="small" />
                </IconButton>
              )
            }
          >
            <ListItemText primary={t.sessionLine(s.sessionYear, s.admitted, s.presented, s.successRate)} />
          </ListItem>
        ))}
      </List>
      {editing && (
        <ResultsDialog
          cohortId={cohortId}
          learners={learners}
          session={editing === 'new' ? null : editing}
          onClose={(saved, year) => {
            setEditing(null);
            if (saved && year) {
              results.reload();
              setNotice(t.resultsSaved(year));
            }
          }}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </Box>
  );
}
