import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { LEARNER_STATUSES } from '../../../shared/api/learners';
import { learnerStatusLabelsFr } from '../../../shared/i18n/fr/learners';
import { learnersScreenFr as t } from '../../../shared/i18n/fr/learners-screen';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { ImportDialog } from '../imports/ImportDialog';
import { emptyChoiceSlots } from './FormSection';
import { learnerColumns } from './learner-columns';
import { COHORT_PARAM, STATUS_PARAM, learnerPaths } from './paths';

type Status = (typeof LEARNER_STATUSES)[number];

/** /apprenants: every learner, filtered by cohort and status (kept in the address), searchable. */
export function LearnersListPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const canManage = useCanManageRecords();
  const [params, setParams] = useSearchParams();
  const cohortId = Number(params.get(COHORT_PARAM)) || undefined;
  const statusParam = params.get(STATUS_PARAM);
  const status = LEARNER_STATUSES.includes(statusParam as Status) ? (statusParam as Status) : undefined;
  const cohorts = useQuery('cohorts.list', { includeArchived: true });
  const list = useQuery('learners.list', { cohortId, status });
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );

  function setFilter(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          canManage && (
            <Stack direction="row" spacing={1}>
              <Button startIcon={<UploadFileIcon />} onClick={() => setImporting(true)}>
                {t.import}
              </Button>
              <Button
                variant="contained"
                startIcon={<AddIcon />}
                onClick={() => navigate(learnerPaths.create(cohortId))}
              >
                {t.create}
              </Button>
            </Stack>
          )
        }
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField
          select
          label={t.filterCohort}
          value={cohorts.data && cohortId ? cohortId : ''}
          onChange={(e) => setFilter(COHORT_PARAM, String(e.target.value))}
          sx={{ width: 280 }}
          slotProps={emptyChoiceSlots}
          fullWidth={false}
        >
          <MenuItem value="">{t.allCohorts}</MenuItem>
          {(cohorts.data ?? []).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.archived ? t.archivedCohort(c.name) : c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t.filterStatus}
          value={status ?? ''}
          onChange={(e) => setFilter(STATUS_PARAM, e.target.value)}
          sx={{ width: 200 }}
          slotProps={emptyChoiceSlots}
          fullWidth={false}
        >
          <MenuItem value="">{t.allStatuses}</MenuItem>
          {LEARNER_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {learnerStatusLabelsFr[s]}
            </MenuItem>
          ))}
        </TextField>
        {list.data && (
          <Typography color="text.secondary" role="status">
            {t.count(list.data.length)}
          </Typography>
        )}
      </Stack>
      <DataTable
        label={t.listLabel}
        query={list}
        error={list.error ?? cohorts.error}
        columns={learnerColumns}
        onRowClick={(p) => navigate(learnerPaths.detail(Number(p.id)))}
        onCellKeyDown={(p, event) => {
          if (event.key === 'Enter') navigate(learnerPaths.detail(Number(p.id)));
        }}
        initialState={{ sorting: { sortModel: [{ field: 'surname', sort: 'asc' }] } }}
        sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
      <ImportDialog
        kind="learners"
        cohortId={cohortId}
        open={importing}
        onClose={(imported) => {
          setImporting(false);
          if (imported) list.reload();
        }}
      />
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
