import AttachFileIcon from '@mui/icons-material/AttachFile';
import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import { GridActionsCell, GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import type { Absence } from '../../../shared/api/attendance';
import { formatDateShort, formatHours } from '../../../shared/format/fr';
import {
  absenceKindLabelsFr,
  absencesScreenFr as t,
  excuseReasonLabelsFr,
  justificationLabelsFr,
} from '../../../shared/i18n/fr/attendance-screen';

const CHIP_COLOUR = { pending: 'warning', justified: 'success', unjustified: 'error' } as const;

export function JustificationChip({ value }: { value: Absence['justification'] }) {
  return (
    <Chip size="small" variant="outlined" color={CHIP_COLOUR[value]} label={justificationLabelsFr[value]} />
  );
}

export function reasonText(a: Pick<Absence, 'excuseReason' | 'excuseNote'>): string {
  return [a.excuseReason && excuseReasonLabelsFr[a.excuseReason], a.excuseNote].filter(Boolean).join(' — ');
}

/** The columns of a learner's absences; the follow-up action only for those who may change it. */
export function absenceColumns({
  onEdit,
  onDocument,
}: {
  onEdit: ((absence: Absence) => void) | null;
  onDocument(absence: Absence): void;
}): GridColDef<Absence>[] {
  const columns: GridColDef<Absence>[] = [
    {
      field: 'date',
      headerName: t.colDate,
      width: 135,
      valueFormatter: (_v, row) => t.when(row.date, row.slot),
    },
    { field: 'subjectName', headerName: t.colSubject, flex: 1, minWidth: 140 },
    { field: 'groupName', headerName: t.colGroup, width: 110 },
    {
      field: 'kind',
      headerName: t.colKind,
      width: 115,
      valueGetter: (_v, row) => absenceKindLabelsFr[row.kind],
    },
    {
      field: 'hoursMissed',
      headerName: t.colHours,
      type: 'number',
      width: 90,
      valueFormatter: (v: number) => formatHours(v),
    },
    {
      field: 'justification',
      headerName: t.colStatus,
      width: 125,
      valueGetter: (_v, row) => justificationLabelsFr[row.justification],
      renderCell: (params) => <JustificationChip value={params.row.justification} />,
    },
    {
      field: 'excuseReason',
      headerName: t.colReason,
      flex: 1,
      minWidth: 120,
      valueGetter: (_v, row) => reasonText(row),
    },
    {
      field: 'excuseDocumentName',
      headerName: t.colDocument,
      width: 130,
      renderCell: (params) =>
        params.row.excuseDocumentName && (
          <Button
            size="small"
            startIcon={<AttachFileIcon />}
            onClick={() => onDocument(params.row)}
            aria-label={t.downloadOf(params.row.excuseDocumentName)}
            sx={{ textTransform: 'none', maxWidth: '100%' }}
          >
            {params.row.excuseDocumentName}
          </Button>
        ),
    },
    {
      field: 'employerNotifiedOn',
      headerName: t.colEmployer,
      width: 145,
      valueFormatter: (v: string | null) => (v ? formatDateShort(v) : ''),
    },
  ];
  if (onEdit) {
    columns.push({
      field: 'actions',
      type: 'actions',
      headerName: t.colActions,
      width: 70,
      renderCell: (params) => (
        <GridActionsCell {...params}>
          <GridActionsCellItem
            icon={<EditIcon fontSize="small" />}
            label={t.editOf(params.row.date, params.row.slot)}
            onClick={() => onEdit(params.row)}
          />
        </GridActionsCell>
      ),
    });
  }
  return columns;
}
