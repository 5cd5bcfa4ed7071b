import Chip from '@mui/material/Chip';
import Snackbar from '@mui/material/Snackbar';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ProgrammeSummary } from '../../../shared/api/programmes';
import { formatHours } from '../../../shared/format/fr';
import { programmesFr as t } from '../../../shared/i18n/fr/programmes';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { programmePaths } from './paths';

const columns: GridColDef<ProgrammeSummary>[] = [
  { field: 'title', headerName: t.programmeTitle, flex: 1, minWidth: 320 },
  {
    field: 'builtin',
    headerName: t.origin,
    width: 170,
    valueGetter: (_value, row) => (row.builtin ? t.builtin : t.centreCopy),
    renderCell: ({ row, value }) =>
      row.builtin ? <Chip size="small" variant="outlined" color="primary" label={value as string} /> : value,
  },
  { field: 'code', headerName: t.code, width: 120 },
  { field: 'rncpCode', headerName: t.rncp, width: 90 },
  {
    field: 'totalHours',
    headerName: t.totalHours,
    width: 120,
    type: 'number',
    valueFormatter: (value: number) => formatHours(value),
  },
  { field: 'subjectCount', headerName: t.subjects, width: 90, type: 'number' },
  { field: 'unitCount', headerName: t.units, width: 90, type: 'number' },
  { field: 'cohortCount', headerName: t.cohorts, width: 100, type: 'number' },
];

/** /programmes: the built-in référentiels and the centre's copies. */
export function ProgrammesListPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const list = useQuery('programmes.list', {});
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <DataTable
        label={t.listLabel}
        query={list}
        columns={columns}
        onRowClick={(p) => navigate(programmePaths.detail(Number(p.id)))}
        onCellKeyDown={(p, event) => {
          if (event.key === 'Enter') navigate(programmePaths.detail(Number(p.id)));
        }}
        sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
