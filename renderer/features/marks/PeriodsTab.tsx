import AutorenewIcon from '@mui/icons-material/Autorenew';
import EditIcon from '@mui/icons-material/Edit';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Snackbar from '@mui/material/Snackbar';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { GridActionsCell, GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useEffect, useMemo, useState } from 'react';
import type { Period } from '../../../shared/api/marks';
import { formatDateShort } from '../../../shared/format/fr';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { useQuery } from '../../hooks/useQuery';
import { GeneratePeriodsDialog, PeriodDialog, ReopenPeriodDialog } from './PeriodDialogs';
import type { NotesSelection } from './useNotesUrl';

type Open =
  | { kind: 'none' }
  | { kind: 'generate' }
  | { kind: 'edit'; period: Period }
  | { kind: 'close'; period: Period }
  | { kind: 'reopen'; period: Period };

function columns(open: (o: Open) => void): GridColDef<Period>[] {
  return [
    { field: 'name', headerName: t.colName, flex: 1, minWidth: 160 },
    {
      field: 'startDate',
      headerName: t.colStart,
      width: 120,
      valueFormatter: (v: string) => formatDateShort(v),
    },
    { field: 'endDate', headerName: t.colEnd, width: 120, valueFormatter: (v: string) => formatDateShort(v) },
    {
      field: 'trainingYear',
      headerName: t.colTrainingYear,
      width: 110,
      valueFormatter: (v: number) => t.trainingYear(v),
    },
    { field: 'evaluationCount', headerName: t.colEvaluations, type: 'number', width: 110 },
    {
      field: 'closed',
      headerName: t.colState,
      flex: 1,
      minWidth: 280,
      sortable: false,
      renderCell: ({ row }) =>
        row.closed ? (
          <Chip
            size="small"
            icon={<LockIcon />}
            color="warning"
            variant="outlined"
            label={t.closedOn(row.closed.at, row.closed.byName)}
          />
        ) : (
          <Chip size="small" color="success" variant="outlined" label={t.open} />
        ),
    },
    {
      field: 'actions',
      type: 'actions',
      headerName: t.colActions,
      width: 120,
      renderCell: (params) => (
        <GridActionsCell {...params}>
          <GridActionsCellItem
            icon={<EditIcon fontSize="small" />}
            label={t.editOf(params.row.name)}
            onClick={() => open({ kind: 'edit', period: params.row })}
          />
          {params.row.closed ? (
            <GridActionsCellItem
              icon={<LockOpenIcon fontSize="small" />}
              label={t.reopenOf(params.row.name)}
              onClick={() => open({ kind: 'reopen', period: params.row })}
            />
          ) : (
            <GridActionsCellItem
              icon={<LockIcon fontSize="small" />}
              label={t.closeOf(params.row.name)}
              onClick={() => open({ kind: 'close', period: params.row })}
            />
          )}
        </GridActionsCell>
      ),
    },
  ];
}

/**
 * "Périodes" (managers): a cohort's semesters or trimesters — generate them, move their dates,
 * close them (marks and appreciations locked) and reopen them with a logged reason.
 */
export function PeriodsTab({
  selection,
  select,
}: {
  selection: NotesSelection;
  select(change: Partial<NotesSelection>, replace?: boolean): void;
}) {
  const cohorts = useQuery('cohorts.list', {});
  const groups = useQuery('groups.list', {});
  const groupCohort = groups.data?.find((g) => g.id === selection.groupId)?.cohortId ?? null;
  const cohortId = selection.cohortId ?? groupCohort ?? cohorts.data?.[0]?.id ?? null;
  const cohort = cohorts.data?.find((c) => c.id === cohortId) ?? null;
  const periods = useQuery('periods.list', { cohortId: cohortId ?? 0 });
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cols = useMemo(() => columns(setOpen), []);

  useEffect(() => {
    if (!selection.cohortId && cohortId) select({ cohortId }, true);
  }, [selection.cohortId, cohortId, select]);

  function done(message: string | null) {
    setOpen({ kind: 'none' });
    if (!message) return;
    setNotice(message);
    setError(null);
    periods.reload();
  }

  async function close(period: Period) {
    const result = await call('periods.close', { id: period.id });
    if (!result.ok) return setError(result.error.message);
    done(t.closed(result.value.name));
  }

  if (cohorts.error) return <Alert severity="error">{cohorts.error}</Alert>;
  if (cohorts.data && cohorts.data.length === 0) return <Alert severity="info">{t.noCohorts}</Alert>;

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <Autocomplete
          sx={{ width: 320 }}
          options={cohorts.data ?? []}
          value={cohort}
          disableClearable={!!cohort}
          getOptionLabel={(c) => c.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          onChange={(_, next) => next && select({ cohortId: next.id })}
          renderInput={(params) => <TextField {...params} label={t.cohort} />}
        />
        <Box sx={{ flex: 1 }} />
        {cohort && (
          <Button
            variant="contained"
            startIcon={<AutorenewIcon />}
            onClick={() => setOpen({ kind: 'generate' })}
          >
            {t.generate}
          </Button>
        )}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.periodsIntro}
      </Typography>
      {cohort && (
        <DataTable
          label={t.periodsLabel(cohort.name)}
          query={periods}
          error={error ?? periods.error}
          onErrorClose={() => setError(null)}
          columns={cols}
          localeText={{ noRowsLabel: t.noPeriodsYet }}
          sx={{ height: 'auto', minHeight: 260 }}
          autoHeight
        />
      )}

      {open.kind === 'generate' && cohortId && <GeneratePeriodsDialog cohortId={cohortId} onClose={done} />}
      {open.kind === 'edit' && <PeriodDialog period={open.period} onClose={done} />}
      {open.kind === 'reopen' && <ReopenPeriodDialog period={open.period} onClose={done} />}
      {open.kind === 'close' && (
        <ConfirmDialog
          text={t.confirmClose(open.period.name)}
          confirmLabel={t.close}
          onClose={(confirmed) => {
            const target = open.period;
            setOpen({ kind: 'none' });
            if (confirmed) void close(target);
          }}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
