import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Decision, LearnerExam } from '../../../shared/api/exams';
import type { DisplayRounding } from '../../../shared/domain/marks/rounding';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { OutcomeChip, shown } from './display';

/** The averages and the French sentence of a decision (before or after the resits). */
export function DecisionSummary({ decision, rounding }: { decision: Decision; rounding: DisplayRounding }) {
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
        <OutcomeChip outcome={decision.outcome} size="medium" />
        <Typography sx={{ fontWeight: 500 }}>{decision.explanation}</Typography>
      </Box>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
      >
        <dt>{t.average}</dt>
        <dd style={{ margin: 0 }}>{shown(decision.average, rounding)}</dd>
        <dt>{t.professionalAverage}</dt>
        <dd style={{ margin: 0 }}>{shown(decision.professionalAverage, rounding)}</dd>
        {decision.optionalPoints > 0 && (
          <>
            <dt>{t.optionalPoints}</dt>
            <dd style={{ margin: 0 }}>+{shown(decision.optionalPoints, rounding)}</dd>
          </>
        )}
      </Box>
      <Typography sx={{ mt: 1 }}>{t.unitsAwardedLine(decision.unitsAwarded)}</Typography>
    </>
  );
}

function Blocs({ view, acquired }: { view: LearnerExam; acquired: readonly number[] }) {
  if (view.blocs.length === 0) return <Typography color="text.secondary">{t.noBlocs}</Typography>;
  return (
    <List dense disablePadding>
      {view.blocs.map((b) => {
        const done = acquired.includes(b.number);
        return (
          <ListItem key={b.number} disableGutters>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {done ? (
                <CheckCircleIcon color="success" fontSize="small" />
              ) : (
                <RadioButtonUncheckedIcon fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText
              primary={t.bloc(b.number, b.title, b.unitCodes)}
              secondary={done ? t.blocAcquired : t.blocNotAcquired}
            />
          </ListItem>
        );
      })}
    </List>
  );
}

/** The decision as a jury would read it: outcome, averages, how each unit was counted, blocs acquired. */
export function DecisionCard({ view, rounding }: { view: LearnerExam; rounding: DisplayRounding }) {
  const { decision } = view;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} role="region" aria-label={t.decisionTitle}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t.decisionTitle}
      </Typography>
      {decision ? (
        <DecisionSummary decision={decision} rounding={rounding} />
      ) : (
        <Alert severity="warning">{view.refusal ?? t.noDecision}</Alert>
      )}
      {decision && decision.notes.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            {t.notesTitle}
          </Typography>
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            {decision.notes.map((note) => (
              <li key={note}>
                <Typography variant="body2">{note}</Typography>
              </li>
            ))}
          </ul>
        </>
      )}
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {t.blocsTitle}
      </Typography>
      <Blocs view={view} acquired={decision?.blocsAcquired ?? []} />
    </Paper>
  );
}
