import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import type { LearnerRow } from '../../../shared/api/learners';
import { formatDateShort } from '../../../shared/format/fr';
import { accessRouteLabelsFr, learnerStatusLabelsFr } from '../../../shared/i18n/fr/learners';
import { learnersScreenFr as t } from '../../../shared/i18n/fr/learners-screen';

const statusColor = { in_training: 'primary', dropped_out: 'warning', graduated: 'success' } as const;

/**
 * The list's columns, defined once (not per render). Route and status are given to the grid as
 * their French labels so that the quick search and the filters find "Apprentissage" or "Abandon";
 * dates stay ISO underneath so that they sort by date, and show as 03/03/2005.
 */
export const learnerColumns: GridColDef<LearnerRow>[] = [
  { field: 'surname', headerName: t.surname, flex: 1, minWidth: 130 },
  { field: 'firstName', headerName: t.firstName, flex: 1, minWidth: 120 },
  {
    field: 'birthDate',
    headerName: t.birthDate,
    width: 140,
    valueFormatter: (value: string | null) => (value ? formatDateShort(value) : ''),
    getApplyQuickFilterFn: () => null,
  },
  { field: 'cohortName', headerName: t.cohort, flex: 1, minWidth: 130 },
  { field: 'groupName', headerName: t.group, width: 110 },
  {
    field: 'accessRoute',
    headerName: t.accessRoute,
    flex: 1,
    minWidth: 170,
    valueGetter: (_value, row) => accessRouteLabelsFr[row.accessRoute],
  },
  {
    field: 'status',
    headerName: t.status,
    width: 130,
    valueGetter: (_value, row) => learnerStatusLabelsFr[row.status],
    renderCell: ({ row, value }) => (
      <Chip size="small" variant="outlined" color={statusColor[row.status]} label={value as string} />
    ),
  },
  { field: 'employerName', headerName: t.employer, flex: 1, minWidth: 150 },
];
