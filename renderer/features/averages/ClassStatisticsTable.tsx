import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import type { ClassStatisticsValue, GroupAverages } from '../../../shared/api/averages';
import { averagesFr as t } from '../../../shared/i18n/fr/averages';
import { subjectDescription, subjectLabel } from './averages-columns';
import { averageText } from './AverageText';

const ROWS: { key: keyof Omit<ClassStatisticsValue, 'count'>; label: string }[] = [
  { key: 'average', label: t.classAverage },
  { key: 'min', label: t.classMin },
  { key: 'max', label: t.classMax },
];

/** The class's average, minimum and maximum of each subject and of the general average. */
export function ClassStatisticsTable({ data }: { data: GroupAverages }) {
  const rounding = data.display.displayRounding;
  const { subjects, general } = data.classStatistics;
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ mt: 2 }}>
      <Table size="small" aria-label={t.classTable}>
        <TableHead>
          <TableRow>
            <TableCell>{t.statistic}</TableCell>
            {data.subjects.map((s) => (
              <TableCell
                key={s.subjectId}
                align="right"
                sx={{ maxWidth: 110, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
              >
                <Tooltip title={subjectDescription(s)}>
                  <span>{subjectLabel(s)}</span>
                </Tooltip>
              </TableCell>
            ))}
            <TableCell align="right">{t.generalShort}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {ROWS.map(({ key, label }) => (
            <TableRow key={key}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              {subjects.map((s) => (
                <TableCell key={s.subjectId} align="right">
                  {averageText(s[key], rounding)}
                </TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {averageText(general[key], rounding)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
