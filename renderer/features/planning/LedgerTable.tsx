import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { Ledger } from '../../../shared/api/planning';
import { ledgerDriftFr } from '../../../shared/i18n/fr/planning';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';

type Drift = Ledger['rows'][number]['drift'];
const COLOUR = { over: 'error', behind: 'warning', ok: 'success' } as const;

export function DriftIcon({ drift }: { drift: Drift }) {
  const props = { fontSize: 'small', color: COLOUR[drift], titleAccess: ledgerDriftFr[drift] } as const;
  if (drift === 'over') return <ErrorOutlineIcon {...props} />;
  if (drift === 'behind') return <ScheduleIcon {...props} />;
  return <CheckCircleOutlineIcon {...props} />;
}

/** Planned hours against the target, as a bar in the drift's colour (full when over). */
export function PlannedBar({ planned, target, drift }: { planned: number; target: number; drift: Drift }) {
  const value = target > 0 ? Math.min(100, (planned / target) * 100) : planned > 0 ? 100 : 0;
  return (
    <LinearProgress
      variant="determinate"
      value={value}
      color={drift === 'ok' ? 'primary' : COLOUR[drift]}
      aria-label={t.ledgerPlannedOf(planned, target)}
      sx={{ height: 8, borderRadius: 4, minWidth: 80 }}
    />
  );
}

/**
 * The hours ledger of a group: per subject target, planned, delivered, remaining to plan, a bar
 * and the drift; totals against the programme. `compact` keeps subject, planned/target and bar
 * (the panel beside the grid).
 */
export function LedgerTable({ ledger, compact = false }: { ledger: Ledger; compact?: boolean }) {
  const { rows, totals } = ledger;
  return (
    <Table size="small" aria-label={t.ledgerLabel}>
      <TableHead>
        <TableRow>
          <TableCell>{t.ledgerSubject}</TableCell>
          {!compact && <TableCell align="right">{t.ledgerTarget}</TableCell>}
          <TableCell align="right">
            {compact ? `${t.ledgerPlanned} / ${t.ledgerTarget}` : t.ledgerPlanned}
          </TableCell>
          {!compact && <TableCell align="right">{t.ledgerDelivered}</TableCell>}
          {!compact && <TableCell align="right">{t.ledgerRemaining}</TableCell>}
          {!compact && <TableCell sx={{ width: 160 }}>{t.ledgerProgress}</TableCell>}
          <TableCell>{t.ledgerDrift}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.subjectId}>
            <TableCell>
              {r.subjectName}
              {compact && <PlannedBar planned={r.plannedHours} target={r.targetHours} drift={r.drift} />}
            </TableCell>
            {!compact && <TableCell align="right">{t.hours(r.targetHours)}</TableCell>}
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {compact ? t.ledgerPlannedOf(r.plannedHours, r.targetHours) : t.hours(r.plannedHours)}
            </TableCell>
            {!compact && <TableCell align="right">{t.hours(r.deliveredHours)}</TableCell>}
            {!compact && (
              <TableCell align="right" sx={{ color: r.overPlanned > 0 ? 'error.main' : undefined }}>
                {r.overPlanned > 0 ? t.ledgerOver(r.overPlanned) : t.hours(r.remainingToPlan)}
              </TableCell>
            )}
            {!compact && (
              <TableCell>
                <PlannedBar planned={r.plannedHours} target={r.targetHours} drift={r.drift} />
              </TableCell>
            )}
            <TableCell>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                <DriftIcon drift={r.drift} />
                {!compact && ledgerDriftFr[r.drift]}
              </Box>
            </TableCell>
          </TableRow>
        ))}
        <TableRow sx={{ '& td': { fontWeight: 600 } }}>
          <TableCell>{t.ledgerTotal}</TableCell>
          {!compact && <TableCell align="right">{t.hours(totals.targetHours)}</TableCell>}
          <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
            {compact
              ? t.ledgerPlannedOf(totals.plannedHours, totals.targetHours)
              : t.hours(totals.plannedHours)}
          </TableCell>
          {!compact && <TableCell align="right">{t.hours(totals.deliveredHours)}</TableCell>}
          {!compact && (
            <TableCell align="right">
              {t.hours(Math.max(0, totals.targetHours - totals.plannedHours))}
            </TableCell>
          )}
          {!compact && <TableCell />}
          <TableCell />
        </TableRow>
      </TableBody>
    </Table>
  );
}
