import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CohortExam } from '../../../shared/api/exams';
import { isValidIsoDate } from '../../../shared/domain/calendar';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { cohortColumns, SOURCE_STYLES } from './cohort-columns';
import { useRounding } from './display';
import { COHORT_PARAM, SESSION_PARAM } from './paths';
import { ResultsSection } from './ResultsSection';

function ProjectedRate({ view }: { view: CohortExam }) {
  const { tally } = view;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} role="region" aria-label={t.projectedTitle}>
      <Typography variant="subtitle2" component="h2" color="text.secondary">
        {t.projectedTitle}
      </Typography>
      <Typography variant="h4" component="p">
        {t.projectedRate(view.successRate)}
      </Typography>
      <Typography>{t.tally(tally.presented, tally.admitted)}</Typography>
      {tally.awaitingResits > 0 && (
        <Typography color="text.secondary">{t.awaiting(tally.awaitingResits)}</Typography>
      )}
      {tally.incomplete > 0 && (
        <Typography color="text.secondary">{t.incomplete(tally.incomplete)}</Typography>
      )}
    </Paper>
  );
}

function CohortTable({ cohortId, sessionDate }: { cohortId: number; sessionDate: string | undefined }) {
  const query = useQuery('exams.cohort', { cohortId, sessionDate });
  const rounding = useRounding();
  const view = query.data;
  const columns = useMemo(() => (view ? cohortColumns(view, rounding) : []), [view, rounding]);
  const rows = useMemo(() => view?.learners.map((l) => ({ ...l, id: l.learnerId })) ?? null, [view]);
  return (
    <>
      {view?.cohort.archived && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.archived}
        </Alert>
      )}
      {view && <ProjectedRate view={view} />}
      <DataTable
        label={view ? t.tableLabel(view.cohort.name) : t.title}
        query={{ data: rows, error: query.error }}
        columns={columns}
        localeText={{ noRowsLabel: t.noLearners }}
        sx={{ height: 'auto', minHeight: 0 }}
        autoHeight
      />
      {view && view.learners.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t.sourceLegend.intro} <span style={SOURCE_STYLES.typed}>{t.sourceLegend.typed}</span>,{' '}
          <span style={SOURCE_STYLES.mock_exam}>{t.sourceLegend.mock_exam}</span>,{' '}
          <span style={SOURCE_STYLES.kept}>{t.sourceLegend.kept}</span>,{' '}
          <span style={SOURCE_STYLES.dispensed}>{t.sourceLegend.dispensed}</span>.
        </Typography>
      )}
      <ResultsSection cohortId={cohortId} learners={view?.learners ?? []} />
    </>
  );
}

/** Examens, the cohort view: pick a cohort (kept in the address), see each learner's projected decision. */
export function CohortExamPage() {
  const [params, setParams] = useSearchParams();
  const cohortId = Number(params.get(COHORT_PARAM)) || null;
  const sessionParam = params.get(SESSION_PARAM) ?? '';
  const sessionDate = isValidIsoDate(sessionParam) ? sessionParam : undefined;
  const cohorts = useQuery('cohorts.list', { includeArchived: true });
  const cohort = cohorts.data?.find((c) => c.id === cohortId);

  const change = (key: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <TextField
          select
          label={t.cohort}
          value={cohortId ?? ''}
          onChange={(e) => change(COHORT_PARAM, e.target.value || null)}
          sx={{ width: 280 }}
        >
          {(cohorts.data ?? []).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="date"
          label={t.sessionDate}
          value={sessionParam || cohort?.endDate || ''}
          onChange={(e) => change(SESSION_PARAM, e.target.value || null)}
          helperText={t.sessionDateHelp}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 200 }}
        />
      </Box>
      {cohorts.error && <Alert severity="error">{cohorts.error}</Alert>}
      {cohortId ? (
        <CohortTable cohortId={cohortId} sessionDate={sessionDate} />
      ) : (
        <Typography color="text.secondary">{t.chooseCohort}</Typography>
      )}
    </>
  );
}
