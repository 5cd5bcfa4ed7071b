import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { averagesFr as t } from '../../../shared/i18n/fr/averages';
import { DataTable } from '../../components/DataTable';
import { useQuery } from '../../hooks/useQuery';
import { type AverageRow, averagesColumns } from './averages-columns';
import { ClassStatisticsTable } from './ClassStatisticsTable';

/** A period of the cohort, or a whole training year (every period of it). */
export type AveragesScope = { periodId: number } | { year: 1 | 2 };

/**
 * The "Moyennes" view of a group: learners × subjects (rounded as Paramètres says, sorted on
 * the exact values), the general average and the rank if shown, then the class's statistics.
 */
export function AveragesView({ groupId, scope }: { groupId: number; scope: AveragesScope }) {
  const query = useQuery('averages.group', { groupId, ...scope });
  const data = query.data;
  const columns = useMemo(() => (data ? averagesColumns(data) : []), [data]);
  const rows = useMemo<AverageRow[] | null>(
    () => data?.learners.map((l) => ({ ...l, name: `${l.surname} ${l.firstName}` })) ?? null,
    [data],
  );

  if (query.error) return <Alert severity="error">{query.error}</Alert>;
  if (!data || !rows) return <CircularProgress aria-label={t.loading} />;

  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t.absRule(data.display.absCountsAsZero)} {t.displayNote}
      </Typography>
      <DataTable
        label={t.tableLabel}
        query={{ data: rows, error: null }}
        columns={columns}
        getRowId={(row) => row.learnerId}
        localeText={{ noRowsLabel: t.noLearner }}
        initialState={{ sorting: { sortModel: [{ field: 'name', sort: 'asc' }] } }}
        sx={{ height: 'calc(100vh - 430px)', minHeight: 320 }}
      />
      <ClassStatisticsTable data={data} />
    </>
  );
}
