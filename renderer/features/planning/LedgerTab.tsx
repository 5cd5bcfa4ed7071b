import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { useQuery } from '../../hooks/useQuery';
import { LedgerTable } from './LedgerTable';

/** "Suivi des heures": the ledger in full, with a chart of planned against target per subject. */
export function LedgerTab({ groupId }: { groupId: number }) {
  const ledger = useQuery('planning.ledger', { groupId });
  if (ledger.error) return <Alert severity="error">{ledger.error}</Alert>;
  if (!ledger.data) return <CircularProgress aria-label={t.ledgerTitle} />;
  const { rows, totals } = ledger.data;
  if (rows.length === 0) return <Alert severity="info">{t.ledgerEmpty}</Alert>;
  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t.ledgerProgramme(totals.programmeHours)}
      </Typography>
      <Paper variant="outlined" sx={{ mb: 3, overflowX: 'auto' }}>
        <LedgerTable ledger={ledger.data} />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2">
          {t.ledgerChartLabel}
        </Typography>
        <BarChart
          height={Math.max(240, rows.length * 44 + 80)}
          layout="horizontal"
          yAxis={[{ scaleType: 'band', data: rows.map((r) => r.subjectName), width: 220 }]}
          xAxis={[{ valueFormatter: (v: number | null) => (v === null ? '' : t.hours(v)) }]}
          series={[
            {
              label: t.ledgerPlanned,
              data: rows.map((r) => r.plannedHours),
              valueFormatter: (v) => (v === null ? '' : t.hours(v)),
            },
            {
              label: t.ledgerTarget,
              data: rows.map((r) => r.targetHours),
              valueFormatter: (v) => (v === null ? '' : t.hours(v)),
            },
          ]}
        />
      </Paper>
    </>
  );
}
