import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ProgrammeDetail } from '../../../shared/api/programmes';
import { formatHours, formatNumber } from '../../../shared/format/fr';
import { programmesFr as t, unitFormLabelsFr, unitKindLabelsFr } from '../../../shared/i18n/fr/programmes';
import { mandatoryCoefficientTotal, subjectHoursTotal } from '../../../shared/domain/programme-rules';
import { formatMinutes } from './display';

const bold = { fontWeight: 500 } as const;

/** Subjects with hours per year; a totals row; a warning when they do not add up to the programme. */
export function SubjectsTable({ programme }: { programme: ProgrammeDetail }) {
  const { subjects } = programme;
  const year1 = subjects.reduce((s, x) => s + x.hoursYear1, 0);
  const year2 = subjects.reduce((s, x) => s + x.hoursYear2, 0);
  const total = subjectHoursTotal(subjects);
  const gap = total - programme.totalHours;
  return (
    <>
      {Math.abs(gap) > 1e-9 && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {t.hoursGap(
            formatHours(total),
            formatHours(programme.totalHours),
            `${gap > 0 ? '+' : ''}${formatHours(gap)}`,
          )}
        </Alert>
      )}
      <Paper variant="outlined">
        <Table aria-label={t.subjects}>
          <TableHead>
            <TableRow>
              <TableCell>{t.subjectName}</TableCell>
              <TableCell align="right">{t.hoursYear1}</TableCell>
              <TableCell align="right">{t.hoursYear2}</TableCell>
              <TableCell align="right">{t.total}</TableCell>
              <TableCell align="right">{t.coefficient}</TableCell>
              <TableCell>{t.unit}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {subjects.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{s.name}</TableCell>
                <TableCell align="right">{formatHours(s.hoursYear1)}</TableCell>
                <TableCell align="right">{formatHours(s.hoursYear2)}</TableCell>
                <TableCell align="right">{formatHours(s.hoursYear1 + s.hoursYear2)}</TableCell>
                <TableCell align="right">{formatNumber(s.coefficient)}</TableCell>
                <TableCell>{s.unitCode ?? t.noUnit}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell sx={bold}>{t.total}</TableCell>
              <TableCell align="right" sx={bold}>
                {formatHours(year1)}
              </TableCell>
              <TableCell align="right" sx={bold}>
                {formatHours(year2)}
              </TableCell>
              <TableCell align="right" sx={bold}>
                {formatHours(total)}
              </TableCell>
              <TableCell colSpan={2} />
            </TableRow>
          </TableBody>
        </Table>
      </Paper>
    </>
  );
}

/** Exam units: form, duration (and preparation), coefficient, domain; the mandatory total below. */
export function UnitsTable({ units }: { units: ProgrammeDetail['units'] }) {
  return (
    <Paper variant="outlined">
      <Table aria-label={t.units}>
        <TableHead>
          <TableRow>
            <TableCell>{t.unitCode}</TableCell>
            <TableCell>{t.unitTitle}</TableCell>
            <TableCell>{t.form}</TableCell>
            <TableCell>{t.duration}</TableCell>
            <TableCell align="right">{t.coefficient}</TableCell>
            <TableCell>{t.kind}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {units.map((u) => (
            <TableRow key={u.id}>
              <TableCell>{u.code}</TableCell>
              <TableCell>
                {u.title}
                {u.optional && (
                  <Tooltip title={t.optionalHelp}>
                    <Chip
                      size="small"
                      variant="outlined"
                      color="secondary"
                      label={t.optionalUnit}
                      sx={{ ml: 1 }}
                    />
                  </Tooltip>
                )}
              </TableCell>
              <TableCell>{unitFormLabelsFr[u.form]}</TableCell>
              <TableCell>
                {formatMinutes(u.durationMinutes)}
                {u.preparationMinutes > 0 && (
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.5 }}>
                    {t.preparation(formatMinutes(u.preparationMinutes))}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">{formatNumber(u.coefficient)}</TableCell>
              <TableCell>{unitKindLabelsFr[u.kind]}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell colSpan={4} sx={bold}>
              {t.mandatoryCoefficients}
            </TableCell>
            <TableCell align="right" sx={bold}>
              {formatNumber(mandatoryCoefficientTotal(units))}
            </TableCell>
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
    </Paper>
  );
}

export function BlocsTable({ blocs }: { blocs: ProgrammeDetail['blocs'] }) {
  if (blocs.length === 0) return <Typography color="text.secondary">{t.noBlocs}</Typography>;
  return (
    <Paper variant="outlined">
      <Table aria-label={t.blocs}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 60 }}>{t.blocNumber}</TableCell>
            <TableCell>{t.blocTitle}</TableCell>
            <TableCell>{t.blocUnits}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {blocs.map((b) => (
            <TableRow key={b.id}>
              <TableCell>{b.number}</TableCell>
              <TableCell>{b.title}</TableCell>
              <TableCell>{b.unitCodes.join(', ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
