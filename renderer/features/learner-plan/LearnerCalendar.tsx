import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import type { LearnerPlan } from '../../../shared/api/learner-plan';
import { toggledDay } from '../../../shared/domain/planning/learner-place';
import { learnerPlanScreenFr as t } from '../../../shared/i18n/fr/learner-plan';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PUBLIC_HOLIDAY_COLOUR, RhythmCalendar, SCHOOL_HOLIDAY_COLOUR } from '../rhythm/RhythmCalendar';
import { companySet, dayFacts, describeLearnerDay, LEARNER_COLOURS } from './look';

type Feedback = { kind: 'changed'; date: string; place: 'centre' | 'company' | 'group' } | { kind: 'reset' };

function Swatch({ label, sx }: { label: string; sx: object }) {
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
      <Box aria-hidden sx={{ width: 16, height: 14, borderRadius: 0.5, ...sx }} />
      <Typography variant="caption">{label}</Typography>
    </Stack>
  );
}

function Legend() {
  const swatch = (c: { bg: string }) => ({ bgcolor: c.bg });
  return (
    <Stack direction="row" aria-label={t.legend} sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
      <Swatch label={t.centre} sx={swatch(LEARNER_COLOURS.centre)} />
      <Swatch label={t.company} sx={swatch(LEARNER_COLOURS.group)} />
      <Swatch label={t.overrideCentre} sx={swatch(LEARNER_COLOURS.overrideCentre)} />
      <Swatch label={t.overrideCompany} sx={swatch(LEARNER_COLOURS.overrideCompany)} />
      <Swatch label={t.internship} sx={swatch(LEARNER_COLOURS.internship)} />
      <Swatch label={t.publicHoliday} sx={{ border: `2px solid ${PUBLIC_HOLIDAY_COLOUR}` }} />
      <Swatch label={t.schoolHoliday} sx={{ borderBottom: `3px solid ${SCHOOL_HOLIDAY_COLOUR}` }} />
    </Stack>
  );
}

/**
 * The learner's year: their group's company days, their own days and their internships, over
 * the cohort's dates. A manager's click flips a day for this learner alone; a second click gives
 * it back to the group's rhythm.
 */
export function LearnerCalendar(props: {
  plan: LearnerPlan & { cohort: NonNullable<LearnerPlan['cohort']> };
  canEdit: boolean;
  publicHolidays: ReadonlyMap<string, string>;
  schoolHolidays: ReadonlyMap<string, string>;
  onChanged(plan: LearnerPlan): void;
}) {
  const { plan, canEdit, onChanged } = props;
  const { start, end } = plan.cohort;
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const facts = useMemo(() => dayFacts(plan), [plan]);
  const company = useMemo(() => companySet(start, end, facts), [start, end, facts]);
  const describeDay = useMemo(() => describeLearnerDay(facts), [facts]);

  const send = useCallback(
    async (days: { date: string; place: 'centre' | 'company' | 'group' }[], done: Feedback) => {
      setBusy(true);
      // The contract takes 400 days a call; a reset of more goes in several.
      let result = await call('learnerPlan.setDays', { learnerId: plan.learnerId, days: days.slice(0, 400) });
      for (let i = 400; result.ok && i < days.length; i += 400) {
        result = await call('learnerPlan.setDays', {
          learnerId: plan.learnerId,
          days: days.slice(i, i + 400),
        });
      }
      setBusy(false);
      if (!result.ok) {
        setFeedback(null);
        setError(result.error.message);
        return;
      }
      setError(null);
      setFeedback(done);
      onChanged(result.value);
    },
    [plan.learnerId, onChanged],
  );

  const toggle = useCallback(
    (date: string) => {
      const place = toggledDay(date, facts);
      void send([{ date, place }], { kind: 'changed', date, place });
    },
    [facts, send],
  );

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 260 }}>
          {canEdit ? t.toggleHelp : plan.cohort.archived ? t.archivedHelp : t.readOnlyHelp}{' '}
          {t.overrideCount(plan.overrides.length)}
        </Typography>
        {canEdit && plan.overrides.length > 0 && (
          <Button size="small" onClick={() => setConfirming(true)} disabled={busy}>
            {t.resetDays}
          </Button>
        )}
      </Stack>
      <Legend />
      {error && (
        <Alert severity="error" onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {feedback && (
        <Alert severity="success" onClose={() => setFeedback(null)}>
          {feedback.kind === 'reset' ? t.daysReset : t.dayChanged(feedback.date, feedback.place)}
        </Alert>
      )}
      <RhythmCalendar
        start={start}
        end={end}
        company={company}
        publicHolidays={props.publicHolidays}
        schoolHolidays={props.schoolHolidays}
        onToggle={canEdit ? toggle : undefined}
        busy={busy}
        label={t.calendarLabel}
        describeDay={describeDay}
      />
      {confirming && (
        <ConfirmDialog
          text={t.confirmResetDays(plan.overrides.length)}
          confirmLabel={t.resetDays}
          onClose={(confirmed) => {
            setConfirming(false);
            if (confirmed) {
              const days = plan.overrides.map((o) => ({ date: o.date, place: 'group' as const }));
              void send(days, { kind: 'reset' });
            }
          }}
        />
      )}
    </Stack>
  );
}
