import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useState } from 'react';
import { isValidIsoDate } from '../../../shared/domain/calendar';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { call } from '../../api';
import { DownloadButton } from '../../components/DownloadButton';
import { useQuery } from '../../hooks/useQuery';
import { BreakdownTable, LearnerStats, monthLabel, rate, type Stats } from './StatsTables';

interface Filters {
  cohortId?: number;
  groupId?: number;
  from?: string;
  to?: string;
}

function MonthChart({ stats }: { stats: Stats }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {t.chartTitle}
      </Typography>
      <BarChart
        height={280}
        xAxis={[{ scaleType: 'band', data: stats.byMonth.map((m) => monthLabel(m.month)) }]}
        yAxis={[{ valueFormatter: (v: number | null) => (v === null ? '' : rate(v)), width: 70 }]}
        series={[
          {
            label: t.chartLabel,
            data: stats.byMonth.map((m) => m.rate),
            valueFormatter: (v) => (v === null ? '' : rate(v)),
          },
        ]}
      />
    </Paper>
  );
}

/** Absence rates of a cohort, a group or the whole centre over a period, with the XLSX export. */
export function StatsTab() {
  const [filters, setFilters] = useState<Filters>({});
  const [exportError, setExportError] = useState<string | null>(null);
  const cohorts = useQuery('cohorts.list', {});
  const groups = useQuery('groups.list', filters.cohortId ? { cohortId: filters.cohortId } : {});
  const stats = useQuery('attendance.stats', filters);
  const change = (next: Partial<Filters>) => setFilters((current) => ({ ...current, ...next }));
  const date = (value: string) => (isValidIsoDate(value) ? value : undefined);
  const data = stats.data;

  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t.statsIntro}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <TextField
          select
          label={t.cohort}
          value={filters.cohortId ?? ''}
          onChange={(e) => change({ cohortId: Number(e.target.value) || undefined, groupId: undefined })}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ width: 260 }}
        >
          <MenuItem value="">{t.allCohorts}</MenuItem>
          {(cohorts.data ?? []).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t.group}
          value={filters.groupId ?? ''}
          onChange={(e) => change({ groupId: Number(e.target.value) || undefined })}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ width: 260 }}
        >
          <MenuItem value="">{t.allGroups}</MenuItem>
          {(groups.data ?? []).map((g) => (
            <MenuItem key={g.id} value={g.id}>
              {t.groupOf(g.cohortName, g.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="date"
          label={t.from}
          value={filters.from ?? ''}
          onChange={(e) => change({ from: date(e.target.value) })}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 170 }}
        />
        <TextField
          type="date"
          label={t.to}
          value={filters.to ?? ''}
          onChange={(e) => change({ to: date(e.target.value) })}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 170 }}
        />
        <DownloadButton
          label={t.exportXlsx}
          icon={<DownloadIcon />}
          fetch={() => call('attendance.exportStats', filters)}
          onError={setExportError}
        />
      </Box>
      {exportError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setExportError(null)}>
          {exportError}
        </Alert>
      )}
      {stats.error && <Alert severity="error">{stats.error}</Alert>}
      {!data && !stats.error && <CircularProgress aria-label={t.tabs.stats} />}
      {data && data.byMonth.length === 0 && data.byLearner.length === 0 && (
        <Alert severity="info">{t.noStats}</Alert>
      )}
      {data && (data.byMonth.length > 0 || data.byLearner.length > 0) && (
        <Stack spacing={3}>
          <MonthChart stats={data} />
          <BreakdownTable
            title={t.byMonth}
            head={t.colMonth}
            rows={data.byMonth.map((m) => ({ ...m, key: m.month, name: monthLabel(m.month) }))}
          />
          <BreakdownTable
            title={t.byGroup}
            head={t.colGroup}
            rows={data.byGroup.map((g) => ({ ...g, key: g.groupId }))}
          />
          <BreakdownTable
            title={t.bySubject}
            head={t.colSubject}
            rows={data.bySubject.map((s) => ({ ...s, key: s.subjectId }))}
          />
          <Box>
            <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
              {t.byLearner}
            </Typography>
            <LearnerStats stats={data} />
          </Box>
        </Stack>
      )}
    </>
  );
}
