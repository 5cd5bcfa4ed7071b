import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Cohort, Group } from '../../../shared/api/cohorts';
import { LEARNER_STATUSES } from '../../../shared/api/learners';
import { GROUP_MAX } from '../../../shared/domain/group-size';
import { learnerStatusLabelsFr } from '../../../shared/i18n/fr/learners';
import { learnersScreenFr as t } from '../../../shared/i18n/fr/learners-screen';
import { FieldGrid, FormSection, bind, bindDate, emptyChoiceSlots, type SectionProps } from './FormSection';
import type { LearnerFormValues } from './learner-form';

/**
 * Promotion, group (on creation only: later moves go through the groups, which keep the
 * history), dates and status; the dropout's date and reason only for an Abandon.
 */
export function LearnerPathSection(
  props: SectionProps & { cohorts: readonly Cohort[]; groups: readonly Group[] | null; creating: boolean },
) {
  const { values, set, fields, cohorts, groups, creating } = props;
  return (
    <FormSection title={t.path}>
      <FieldGrid>
        <TextField
          select
          label={t.cohort}
          value={values.cohortId}
          onChange={(e) => {
            const value = e.target.value as number | '';
            set('cohortId', value === '' ? '' : Number(value));
            set('groupId', '');
          }}
          error={!!fields.cohortId}
          helperText={fields.cohortId}
          slotProps={emptyChoiceSlots}
        >
          <MenuItem value="">{t.noCohort}</MenuItem>
          {cohorts.map((c) => (
            <MenuItem key={c.id} value={c.id} disabled={c.archived && c.id !== values.cohortId}>
              {c.archived ? t.archivedCohort(c.name) : c.name}
            </MenuItem>
          ))}
        </TextField>
        {creating && (
          <TextField
            select
            label={t.group}
            value={values.groupId}
            onChange={(e) => {
              const value = e.target.value as number | '';
              set('groupId', value === '' ? '' : Number(value));
            }}
            disabled={values.cohortId === ''}
            error={!!fields.groupId}
            helperText={fields.groupId ?? t.groupHelp}
            slotProps={emptyChoiceSlots}
          >
            <MenuItem value="">{t.noGroup}</MenuItem>
            {(groups ?? []).map((g) => {
              const full = g.learnerCount >= GROUP_MAX;
              return (
                <MenuItem key={g.id} value={g.id} disabled={full}>
                  {full
                    ? t.groupFullOption(g.name, g.learnerCount, GROUP_MAX)
                    : t.groupOption(g.name, g.learnerCount, GROUP_MAX)}
                </MenuItem>
              );
            })}
          </TextField>
        )}
        <TextField {...bindDate(props, 'entryDate', t.entryDate)} />
        <TextField {...bindDate(props, 'exitDate', t.exitDate)} />
        <TextField
          select
          label={t.status}
          value={values.status}
          onChange={(e) => set('status', e.target.value as LearnerFormValues['status'])}
          error={!!fields.status}
          helperText={fields.status}
        >
          {LEARNER_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {learnerStatusLabelsFr[s]}
            </MenuItem>
          ))}
        </TextField>
        {values.status === 'dropped_out' && (
          <>
            <TextField {...bindDate(props, 'dropoutDate', t.dropoutDate)} required />
            <TextField {...bind(props, 'dropoutReason', t.dropoutReason)} required />
          </>
        )}
      </FieldGrid>
    </FormSection>
  );
}
