import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import type { LearnerPlan } from '../../../shared/api/learner-plan';
import { addDays } from '../../../shared/domain/calendar/dates';
import { publicHolidayMap } from '../../../shared/domain/calendar/public-holidays';
import { schoolHolidayDays } from '../../../shared/domain/calendar/school-holidays';
import { commonFr } from '../../../shared/i18n/fr/common';
import { learnerPlanScreenFr as t } from '../../../shared/i18n/fr/learner-plan';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { HoursSummary } from './HoursSummary';
import { InternshipEditor } from './InternshipEditor';
import { LearnerCalendar } from './LearnerCalendar';

type Cohort = NonNullable<LearnerPlan['cohort']>;

/** The cohort's public holidays and the school holidays imported for its zone. */
function useHolidays(cohort: Cohort | null) {
  const zone = cohort?.holidayZone ?? 'A';
  const periods = useQuery('schoolHolidays.list', { zone });
  const publicHolidays = useMemo(
    () =>
      cohort
        ? publicHolidayMap(cohort.start, cohort.end, { alsaceMoselle: cohort.alsaceMoselle })
        : new Map<string, string>(),
    [cohort],
  );
  const schoolHolidays = useMemo(
    () => (cohort && periods.data ? schoolHolidayDays(periods.data) : new Map<string, string>()),
    [cohort, periods.data],
  );
  return { publicHolidays, schoolHolidays };
}

function groupsLine(plan: LearnerPlan): string {
  if (plan.groups.length === 0) return t.noGroup;
  const groups = plan.groups.map((g) => t.groupSince(g.groupName, g.start, g.end && addDays(g.end, -1)));
  return `${t.groups} : ${groups.join(' ; ')}`;
}

/**
 * "Rythme, stage et heures" on a learner's page: the hours they spend in centre against their
 * contract, their internship periods (statut scolaire), and their own calendar, which managers
 * edit day by day; trainers and advisers read it.
 */
export function LearnerPlanSection({ learnerId }: { learnerId: number }) {
  const query = useQuery('learnerPlan.get', { learnerId });
  const [saved, setSaved] = useState<LearnerPlan | null>(null);
  const plan = saved?.learnerId === learnerId ? saved : query.data;
  const cohort = plan?.cohort ?? null;
  const holidays = useHolidays(cohort);
  const canManage = useCanManageRecords();
  const canEdit = canManage && !!cohort && !cohort.archived;
  const onChanged = useCallback((next: LearnerPlan) => setSaved(next), []);
  const withCohort = useMemo(() => (plan?.cohort ? { ...plan, cohort: plan.cohort } : null), [plan]);

  let body;
  if (query.error) body = <Alert severity="error">{query.error}</Alert>;
  else if (!plan || plan.learnerId !== learnerId)
    body = <Typography color="text.secondary">{commonFr.loading}</Typography>;
  else if (!plan.cohort || !withCohort) body = <Typography color="text.secondary">{t.noCohort}</Typography>;
  else {
    const showInternship = plan.internship.applies || plan.internship.periods.length > 0;
    body = (
      <Stack spacing={2.5}>
        <Typography variant="body2" color="text.secondary">
          {t.period(plan.cohort.start, plan.cohort.end)} — {groupsLine(plan)}
        </Typography>
        <HoursSummary plan={plan} />
        {showInternship && (
          <>
            <Divider />
            <InternshipEditor
              learnerId={learnerId}
              internship={plan.internship}
              canEdit={canEdit}
              onSaved={onChanged}
            />
          </>
        )}
        <Divider />
        <LearnerCalendar plan={withCohort} canEdit={canEdit} onChanged={onChanged} {...holidays} />
      </Stack>
    );
  }

  return (
    <Paper variant="outlined" component="section" aria-label={t.title} sx={{ p: 2 }}>
      <Typography variant="h2" sx={{ mb: 2 }}>
        {t.title}
      </Typography>
      {body}
    </Paper>
  );
}
