import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Snackbar from '@mui/material/Snackbar';
import Switch from '@mui/material/Switch';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { Cohort } from '../../../shared/api/cohorts';
import { formatDateShort } from '../../../shared/format/fr';
import { cohortsFr as t } from '../../../shared/i18n/fr/cohorts';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { CohortDialog } from './CohortDialog';

const columns: GridColDef<Cohort>[] = [
  {
    field: 'name',
    headerName: t.name,
    flex: 1.4,
    minWidth: 180,
    renderCell: ({ row }) => (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, height: '100%' }}>
        <Link component={RouterLink} to={`${row.id}`}>
          {row.name}
        </Link>
        {row.archived && <Chip size="small" label={t.archivedChip} variant="outlined" />}
      </Box>
    ),
  },
  { field: 'programmeTitle', headerName: t.programme, flex: 1.4, minWidth: 160 },
  {
    field: 'startDate',
    headerName: t.dates,
    width: 190,
    valueFormatter: (_value, row) => `${formatDateShort(row.startDate)} – ${formatDateShort(row.endDate)}`,
  },
  {
    field: 'yearFrom',
    headerName: t.years,
    width: 130,
    valueFormatter: (_value, row) => t.yearsRange(row.yearFrom, row.yearTo),
  },
  { field: 'holidayZone', headerName: t.zone, width: 70 },
  { field: 'site', headerName: t.site, flex: 0.8, minWidth: 100 },
  { field: 'groupCount', headerName: t.groups, type: 'number', width: 90 },
  { field: 'learnerCount', headerName: t.learners, type: 'number', width: 110 },
];

export function CohortListPage() {
  const canWrite = useCanManageRecords();
  const navigate = useNavigate();
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useQuery('cohorts.list', { includeArchived });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          canWrite && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
              {t.create}
            </Button>
          )
        }
      />
      <FormControlLabel
        sx={{ mb: 1 }}
        control={<Switch checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />}
        label={t.showArchived}
      />
      <DataTable
        label={t.listLabel}
        query={list}
        columns={columns}
        onRowDoubleClick={({ row }) => void navigate(`${row.id}`)}
      />
      {creating && (
        <CohortDialog
          cohort={null}
          onClose={(saved) => {
            setCreating(false);
            if (!saved) return;
            setNotice(t.created(saved.name));
            void navigate(`${saved.id}`);
          }}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
