import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { ExamUnit, LearnerExam } from '../../../shared/api/exams';
import type { DisplayRounding } from '../../../shared/domain/marks/rounding';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { DataTable } from '../../components/DataTable';
import { shown } from './display';

type Row = ExamUnit & { id: string; result: NonNullable<LearnerExam['decision']>['units'][number] | null };

/** Where the unit's entry comes from, and the detail a jury would ask for. */
function sourceDetail(unit: ExamUnit): string | null {
  switch (unit.source) {
    case 'mock_exam':
      return unit.mockExam ? t.mockDetail(unit.mockExam.title, unit.mockExam.date) : null;
    case 'kept':
      return unit.kept ? t.keptDetail(unit.kept.obtainedOn, unit.kept.validUntil, unit.kept.valid) : null;
    case 'dispensed':
      return unit.dispensation?.reason ?? null;
    default:
      return null;
  }
}

function statusText(row: Row): string {
  const r = row.result;
  if (!r) return '—';
  if (r.awarded) return r.validUntil ? t.validUntil(r.validUntil) : t.awarded;
  if (r.status === 'mark' || r.status === 'kept') return row.optional ? t.optional : t.notAwarded;
  return t.statuses[r.status];
}

function columns(
  rounding: DisplayRounding,
  optionalPoints: number,
  onEdit: ((unit: ExamUnit) => void) | null,
): GridColDef<Row>[] {
  const list: GridColDef<Row>[] = [
    {
      field: 'code',
      headerName: t.colUnit,
      flex: 1.4,
      minWidth: 240,
      valueGetter: (_value, row) => `${row.code} — ${row.title}`,
    },
    { field: 'coefficient', headerName: t.colCoefficient, type: 'number', width: 70 },
    {
      field: 'kind',
      headerName: t.colKind,
      width: 130,
      valueGetter: (_value, row) =>
        row.optional ? t.optional : row.kind === 'general' ? t.general : t.professional,
    },
    {
      field: 'source',
      headerName: t.colSource,
      flex: 1,
      minWidth: 200,
      valueGetter: (_value, row) => t.sources[row.source],
      renderCell: ({ row }) => (
        <Box sx={{ lineHeight: 1.3, py: 0.5 }}>
          <div>{t.sources[row.source]}</div>
          {sourceDetail(row) && (
            <Typography variant="caption" color="text.secondary">
              {sourceDetail(row)}
            </Typography>
          )}
        </Box>
      ),
    },
    {
      field: 'mark',
      headerName: t.colMark,
      type: 'number',
      width: 110,
      valueGetter: (_value, row) => row.result?.mark ?? null,
      valueFormatter: (value: number | null) => shown(value, rounding),
    },
    {
      field: 'points',
      headerName: t.colPoints,
      type: 'number',
      width: 90,
      // As the jury reads it: mark × coefficient; an optional unit brings only its points above 10.
      valueGetter: (_value, row) => {
        const mark = row.result?.mark ?? null;
        if (mark === null) return null;
        return row.optional ? optionalPoints : mark * row.coefficient;
      },
      valueFormatter: (value: number | null) => shown(value, rounding),
    },
    {
      field: 'status',
      headerName: t.colStatus,
      flex: 1,
      minWidth: 200,
      valueGetter: (_v, row) => statusText(row),
    },
  ];
  if (onEdit) {
    list.push({
      field: 'edit',
      headerName: t.colEdit,
      width: 80,
      sortable: false,
      filterable: false,
      renderCell: ({ row }) =>
        row.source === 'dispensed' ? null : (
          <IconButton size="small" aria-label={t.editUnit(row.code)} onClick={() => onEdit(row)}>
            <EditIcon fontSize="small" />
          </IconButton>
        ),
    });
  }
  return list;
}

/** The programme's units as this learner has them; managers edit what the simulator is told. */
export function UnitsTable({
  view,
  rounding,
  onEdit,
}: {
  view: LearnerExam;
  rounding: DisplayRounding;
  onEdit: ((unit: ExamUnit) => void) | null;
}) {
  const rows = useMemo<Row[]>(
    () =>
      view.units.map((u) => ({
        ...u,
        id: u.code,
        result: view.decision?.units.find((r) => r.code === u.code) ?? null,
      })),
    [view],
  );
  const cols = useMemo(
    () => columns(rounding, view.decision?.optionalPoints ?? 0, onEdit),
    [rounding, view, onEdit],
  );
  return (
    <DataTable
      label={t.unitsLabel}
      query={{ data: rows, error: null }}
      columns={cols}
      getRowHeight={() => 'auto'}
      hideFooter
      autoHeight
      showToolbar={false}
      sx={{ height: 'auto', minHeight: 0, mb: 2, '& .MuiDataGrid-cell': { py: 0.75 } }}
    />
  );
}
