import Button from '@mui/material/Button';
import type { GridColDef } from '@mui/x-data-grid';
import { Link } from 'react-router';
import type { SessionSummary } from '../../../shared/api/attendance';
import { formatDateShort } from '../../../shared/format/fr';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { statusLabel, StatusChip } from './display';
import { attendancePaths } from './paths';

/** The link that opens a session's sheet, named after the session for screen readers and tests. */
export function OpenSheetLink({ session, label }: { session: SessionSummary; label?: string }) {
  const open = session.status === 'open';
  return (
    <Button
      component={Link}
      to={attendancePaths.sheet(session.sessionId)}
      size="small"
      variant={open ? 'contained' : 'outlined'}
      aria-label={t.openSheetOf(session.subjectName, session.groupName, session.start)}
    >
      {label ?? (open ? t.takeRoll : t.openSheet)}
    </Button>
  );
}

/** The columns of the day's sessions and of the pending sheets (which add the date). */
export function sessionColumns({ withDate }: { withDate: boolean }): GridColDef<SessionSummary>[] {
  const columns: GridColDef<SessionSummary>[] = [
    {
      field: 'start',
      headerName: t.colTimes,
      width: 185,
      valueFormatter: (_v, row) => t.slotTimes(row.slot, row.start, row.end),
    },
    {
      field: 'action',
      headerName: t.colAction,
      width: 150,
      sortable: false,
      filterable: false,
      renderCell: (params) => <OpenSheetLink session={params.row} />,
    },
    {
      field: 'groupName',
      headerName: t.colGroup,
      flex: 1,
      minWidth: 170,
      valueGetter: (_v, row) => t.groupOf(row.cohortName, row.groupName),
    },
    { field: 'subjectName', headerName: t.colSubject, flex: 1.2, minWidth: 180 },
    {
      field: 'trainerName',
      headerName: t.colTrainer,
      width: 160,
      valueFormatter: (v: string | null) => v ?? t.none,
    },
    {
      field: 'roomName',
      headerName: t.colRoom,
      width: 110,
      valueFormatter: (v: string | null) => v ?? t.none,
    },
    {
      field: 'status',
      headerName: t.colStatus,
      width: 140,
      valueGetter: (_v, row) => statusLabel(row),
      renderCell: (params) => <StatusChip session={params.row} />,
    },
    {
      field: 'recorded',
      headerName: t.colRecorded,
      width: 90,
      align: 'right',
      headerAlign: 'right',
      valueFormatter: (_v, row) => t.recordedOf(row.recorded, row.learners),
    },
    { field: 'absent', headerName: t.colAbsent, type: 'number', width: 80 },
  ];
  if (withDate) {
    columns.unshift({
      field: 'date',
      headerName: t.colDate,
      width: 110,
      valueFormatter: (v: string) => formatDateShort(v),
    });
  }
  return columns;
}
