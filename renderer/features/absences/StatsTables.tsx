import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import type { Output } from '../../../shared/api/index';
import { formatPercent } from '../../../shared/format/fr';
import { attendanceScreenFr as t, monthLabelFr } from '../../../shared/i18n/fr/attendance-screen';
import { DataTable } from '../../components/DataTable';

export type Stats = Output<'attendance.stats'>;
type HoursRow = { scheduled: number; attended: number; excused: number; missed: number; rate: number };

export const rate = (ratio: number) => formatPercent(ratio, 1);
/** "2026-09" -> "septembre 2026". */
export const monthLabel = monthLabelFr;

const hoursColumns: GridColDef<HoursRow>[] = [
  {
    field: 'scheduled',
    headerName: t.colScheduled,
    type: 'number',
    width: 110,
    valueFormatter: (v: number) => t.hours(v),
  },
  {
    field: 'attended',
    headerName: t.colAttended,
    type: 'number',
    width: 110,
    valueFormatter: (v: number) => t.hours(v),
  },
  {
    field: 'excused',
    headerName: t.colExcused,
    type: 'number',
    width: 110,
    valueFormatter: (v: number) => t.hours(v),
  },
  {
    field: 'missed',
    headerName: t.colMissed,
    type: 'number',
    width: 120,
    valueFormatter: (v: number) => t.hours(v),
  },
  {
    field: 'rate',
    headerName: t.colRate,
    type: 'number',
    width: 130,
    valueFormatter: (v: number) => rate(v),
  },
];

const learnerColumns = [
  { field: 'name', headerName: t.colName, flex: 1, minWidth: 200 },
  { field: 'groupName', headerName: t.colGroup, width: 140 },
  ...hoursColumns,
] as GridColDef<Stats['byLearner'][number]>[];

/** Per learner: every learner of the scope, sortable and searchable. */
export function LearnerStats({ stats }: { stats: Stats }) {
  return (
    <DataTable
      label={t.byLearner}
      query={{ data: stats.byLearner, error: null }}
      columns={learnerColumns}
      getRowId={(row) => row.learnerId}
      initialState={{ sorting: { sortModel: [{ field: 'rate', sort: 'desc' }] } }}
      sx={{ height: 420, minHeight: 0 }}
    />
  );
}

/** A short breakdown (groups, subjects, months) as a plain table. */
export function BreakdownTable({
  title,
  head,
  rows,
}: {
  title: string;
  head: string;
  rows: (HoursRow & { key: string | number; name: string })[];
}) {
  return (
    <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
      <Typography variant="subtitle1" component="h3" sx={{ px: 2, pt: 1.5 }}>
        {title}
      </Typography>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{head}</TableCell>
            <TableCell align="right">{t.colScheduled}</TableCell>
            <TableCell align="right">{t.colAttended}</TableCell>
            <TableCell align="right">{t.colExcused}</TableCell>
            <TableCell align="right">{t.colMissed}</TableCell>
            <TableCell align="right">{t.colRate}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell>{r.name}</TableCell>
              <TableCell align="right">{t.hours(r.scheduled)}</TableCell>
              <TableCell align="right">{t.hours(r.attended)}</TableCell>
              <TableCell align="right">{t.hours(r.excused)}</TableCell>
              <TableCell align="right">{t.hours(r.missed)}</TableCell>
              <TableCell align="right">{rate(r.rate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
