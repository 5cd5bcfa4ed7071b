import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useCallback, useState } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import type { ExamUnit } from '../../../shared/api/exams';
import { isValidIsoDate } from '../../../shared/domain/calendar';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { DecisionCard } from './DecisionCard';
import { useRounding } from './display';
import { examsPaths, SESSION_PARAM } from './paths';
import { ResitsWhatIf } from './ResitsWhatIf';
import { UnitEntryDialog } from './UnitEntryDialog';
import { UnitsTable } from './UnitsTable';

/** Examens, one learner (/examens/apprenant/:id): units and their sources, the decision, the resits what-if. */
export function LearnerExamPage() {
  const learnerId = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const sessionParam = params.get(SESSION_PARAM) ?? '';
  const sessionDate = isValidIsoDate(sessionParam) ? sessionParam : undefined;
  const query = useQuery('exams.learner', { learnerId, sessionDate });
  const rounding = useRounding();
  const canManage = useCanManageRecords();
  const [editing, setEditing] = useState<ExamUnit | null>(null);
  const view = query.data;
  const canEdit = canManage && !!view && !view.cohort.archived;
  const edit = useCallback((unit: ExamUnit) => setEditing(unit), []);

  if (query.error) return <Alert severity="error">{query.error}</Alert>;
  if (!view) return <CircularProgress aria-label={t.title} />;
  const name = `${view.learner.firstName} ${view.learner.surname}`;

  return (
    <>
      <PageHeader
        title={t.learnerTitle(name)}
        intro={t.learnerIntro(view.cohort.name, view.programme.title)}
        actions={
          <Button component={RouterLink} to={examsPaths.cohort(view.cohort.id)} startIcon={<ArrowBackIcon />}>
            {t.backToCohort}
          </Button>
        }
      />
      {view.cohort.archived && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.archived}
        </Alert>
      )}
      <TextField
        type="date"
        label={t.sessionDate}
        value={sessionParam || view.sessionDate}
        onChange={(e) =>
          setParams((current) => {
            const next = new URLSearchParams(current);
            if (e.target.value) next.set(SESSION_PARAM, e.target.value);
            else next.delete(SESSION_PARAM);
            return next;
          })
        }
        helperText={t.sessionDateHelp}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 200, mb: 2 }}
      />
      <UnitsTable view={view} rounding={rounding} onEdit={canEdit ? edit : null} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        <DecisionCard view={view} rounding={rounding} />
        {view.decision?.outcome === 'resits' && (
          <Stack>
            <ResitsWhatIf key={view.sessionDate} view={view} rounding={rounding} />
          </Stack>
        )}
      </Box>
      {editing && (
        <UnitEntryDialog
          learnerId={learnerId}
          sessionDate={view.sessionDate}
          unit={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) query.reload();
          }}
        />
      )}
    </>
  );
}
