import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import type { Output } from '../../../shared/api/index';
import { eachDay, weekday } from '../../../shared/domain/calendar/dates';
import { formatDateLong } from '../../../shared/format/fr';
import { rhythmScreenFr as t } from '../../../shared/i18n/fr/rhythm';
import { call } from '../../api';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { describePattern } from './calendar';
import { GenerateRhythmDialog } from './GenerateRhythmDialog';
import {
  PLACE_COLOURS,
  PUBLIC_HOLIDAY_COLOUR,
  RhythmCalendar,
  SCHOOL_HOLIDAY_COLOUR,
} from './RhythmCalendar';
import { useRhythmContext } from './useRhythmContext';

type Feedback =
  | { kind: 'generated'; result: Output<'rhythm.generate'> }
  | { kind: 'changed'; date: string; place: 'centre' | 'company' }
  | { kind: 'error'; message: string };

/**
 * A group's alternance rhythm over its cohort's dates: a calendar of centre and company days
 * (managers toggle a day by clicking it), the totals, and the generation from a pattern.
 * Internship periods (statut scolaire) are per learner and are not shown here.
 */
export function RhythmPanel({ groupId }: { groupId: number }) {
  const rhythm = useQuery('rhythm.get', { groupId });
  const data = rhythm.data;
  const context = useRhythmContext(groupId, data?.start ?? null, data?.end ?? null);
  const canEdit = useCanManageRecords() && !context.cohort?.archived;
  const [generating, setGenerating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const company = useMemo(() => new Set(data?.companyDays ?? []), [data]);
  const centreDays = useMemo(() => {
    if (!data) return 0;
    return eachDay(data.start, data.end).filter(
      (d) => weekday(d) !== 7 && !company.has(d) && !context.publicHolidays.has(d),
    ).length;
  }, [data, company, context.publicHolidays]);

  const { reload } = rhythm;
  const toggle = useCallback(
    async (date: string, place: 'centre' | 'company') => {
      setBusy(true);
      const result = await call('rhythm.setDays', { groupId, days: [{ date, place }] });
      setBusy(false);
      setFeedback(
        result.ok ? { kind: 'changed', date, place } : { kind: 'error', message: result.error.message },
      );
      reload();
    },
    [groupId, reload],
  );

  if (rhythm.error) return <Alert severity="error">{rhythm.error}</Alert>;
  if (!data) return null;

  return (
    <Stack spacing={2} component="section" aria-label={t.title}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 260 }}>
          <Typography variant="h2">{t.title}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t.period(data.start, data.end)} — {describePattern(data.pattern)}
          </Typography>
        </Box>
        {canEdit && (
          <Button variant="contained" onClick={() => setGenerating(true)}>
            {t.generate}
          </Button>
        )}
      </Stack>

      <FeedbackAlert feedback={feedback} onClose={() => setFeedback(null)} />

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }} component="dl" aria-label={t.totals}>
          <Total label={t.centreDays} value={t.days(centreDays)} />
          <Total label={t.companyDays} value={t.days(data.companyDays.length)} />
          <Total label={t.centreHours} value={t.hours(data.centreHours)} help={t.centreHoursHelp} />
        </Stack>
      </Paper>

      <Legend />
      <Typography variant="body2" color="text.secondary">
        {canEdit ? t.toggleHelp : t.readOnlyHelp} {t.schoolStatusNote}
      </Typography>

      <RhythmCalendar
        start={data.start}
        end={data.end}
        company={company}
        publicHolidays={context.publicHolidays}
        schoolHolidays={context.schoolHolidays}
        onToggle={canEdit ? (date, place) => void toggle(date, place) : undefined}
        busy={busy}
      />

      {generating && (
        <GenerateRhythmDialog
          groupId={groupId}
          pattern={data.pattern}
          hasRhythm={data.pattern !== null || data.companyDays.length > 0}
          onClose={() => setGenerating(false)}
          onGenerated={(result) => {
            setGenerating(false);
            setFeedback({ kind: 'generated', result });
            reload();
          }}
        />
      )}
    </Stack>
  );
}

function Total({ label, value, help }: { label: string; value: string; help?: string }) {
  return (
    <Box>
      <Typography component="dt" variant="caption" color="text.secondary" title={help}>
        {label}
      </Typography>
      <Typography component="dd" variant="h6" sx={{ m: 0 }}>
        {value}
      </Typography>
    </Box>
  );
}

function Swatch({ label, sx }: { label: string; sx: object }) {
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
      <Box aria-hidden sx={{ width: 16, height: 14, borderRadius: 0.5, ...sx }} />
      <Typography variant="caption">{label}</Typography>
    </Stack>
  );
}

function Legend() {
  return (
    <Stack direction="row" spacing={2} aria-label={t.legend} sx={{ flexWrap: 'wrap' }}>
      <Swatch label={t.centre} sx={{ bgcolor: PLACE_COLOURS.centre.bg }} />
      <Swatch label={t.company} sx={{ bgcolor: PLACE_COLOURS.company.bg }} />
      <Swatch label={t.publicHoliday} sx={{ border: `2px solid ${PUBLIC_HOLIDAY_COLOUR}` }} />
      <Swatch label={t.schoolHoliday} sx={{ borderBottom: `3px solid ${SCHOOL_HOLIDAY_COLOUR}` }} />
    </Stack>
  );
}

function FeedbackAlert({ feedback, onClose }: { feedback: Feedback | null; onClose(): void }) {
  if (!feedback) return null;
  if (feedback.kind === 'error')
    return (
      <Alert severity="error" onClose={onClose}>
        {feedback.message}
      </Alert>
    );
  if (feedback.kind === 'changed')
    return (
      <Alert severity="success" onClose={onClose}>
        {t.dayChanged(feedback.date, feedback.place)}
      </Alert>
    );
  const { companyDays, sessionsOnCompanyDays } = feedback.result;
  return (
    <Stack spacing={1}>
      <Alert severity="success" onClose={onClose}>
        {t.generated(companyDays)}
      </Alert>
      {sessionsOnCompanyDays.length > 0 && (
        <Alert severity="warning">
          {t.sessionsOnCompanyDays(sessionsOnCompanyDays.length)}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {sessionsOnCompanyDays.map((date) => (
              <li key={date}>{formatDateLong(date)}</li>
            ))}
          </Box>
        </Alert>
      )}
    </Stack>
  );
}
