import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Learner } from '../../../shared/api/learners';
import { commonFr } from '../../../shared/i18n/fr/common';
import { learnersScreenFr as t } from '../../../shared/i18n/fr/learners-screen';
import { validationFr } from '../../../shared/i18n/fr/validation';
import { call } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { emptyForm, formFromLearner, inputFromForm, type LearnerFormValues } from './learner-form';
import { AlternanceSection, ContactSection, IdentitySection, RouteSection } from './LearnerFormSections';
import { LearnerPathSection } from './LearnerPathSection';
import { DispensationsSection, KeptMarksSection } from './LearnerUnitsSections';
import { COHORT_PARAM, learnerPaths } from './paths';
import { useCohortExtras } from './useCohortExtras';

/** /apprenants/nouveau: an empty record, in the cohort the list was filtered on. */
export function LearnerCreatePage() {
  const [params] = useSearchParams();
  const cohortId = Number(params.get(COHORT_PARAM)) || '';
  return <LearnerForm learner={null} initial={emptyForm(cohortId)} />;
}

/** /apprenants/:id/modifier: the record loaded, then edited. */
export function LearnerEditPage() {
  const id = Number(useParams().id);
  const query = useQuery('learners.get', { id });
  if (query.error) return <Alert severity="error">{query.error}</Alert>;
  if (!query.data) return <Typography color="text.secondary">{commonFr.loading}</Typography>;
  return <LearnerForm key={query.data.id} learner={query.data} initial={formFromLearner(query.data)} />;
}

/**
 * The learner's record in sections. Enter saves (the form's submit), Esc cancels; the backend's
 * field errors (employerSiret, keptMarks.0.mark...) show under their field.
 */
function LearnerForm({ learner, initial }: { learner: Learner | null; initial: LearnerFormValues }) {
  const navigate = useNavigate();
  const canManage = useCanManageRecords();
  const [values, setValues] = useState(initial);
  const action = useAction();
  const cohorts = useQuery('cohorts.list', { includeArchived: true });
  const extras = useCohortExtras(values.cohortId, cohorts.data, !learner);

  const set = useCallback(
    <K extends keyof LearnerFormValues>(key: K, value: LearnerFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value })),
    [],
  );

  const cancel = () => navigate(learner ? learnerPaths.detail(learner.id) : learnerPaths.list);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors } = inputFromForm(values);
    if (Object.keys(errors).length > 0) return action.refuse(errors, validationFr.summary);
    const saved = await action.run(() =>
      learner
        ? call('learners.update', { ...input, id: learner.id })
        : call('learners.create', { ...input, groupId: values.groupId === '' ? undefined : values.groupId }),
    );
    if (!saved) return;
    const name = `${saved.firstName} ${saved.surname}`;
    navigate(learnerPaths.detail(saved.id), {
      state: { notice: learner ? t.updated(name) : t.created(name) },
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      cancel();
    }
  }

  if (!canManage) return <Alert severity="info">{t.readOnly}</Alert>;
  if (cohorts.error) return <Alert severity="error">{cohorts.error}</Alert>;
  if (!cohorts.data) return <Typography color="text.secondary">{commonFr.loading}</Typography>;

  const props = { values, set, fields: action.fields };
  const title = learner ? t.editTitle(`${learner.firstName} ${learner.surname}`) : t.createTitle;
  return (
    <Box component="form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={title}>
      <PageHeader title={title} intro={t.keyboardHint} />
      <Stack spacing={2}>
        {(action.error ?? extras.error) && <Alert severity="error">{action.error ?? extras.error}</Alert>}
        <IdentitySection {...props} />
        <ContactSection {...props} />
        <RouteSection {...props} />
        <AlternanceSection {...props} />
        <LearnerPathSection {...props} cohorts={cohorts.data} groups={extras.groups} creating={!learner} />
        <DispensationsSection {...props} units={extras.units} />
        <KeptMarksSection {...props} units={extras.units} />
      </Stack>
      <Paper
        variant="outlined"
        sx={{
          position: 'sticky',
          bottom: 0,
          mt: 2,
          p: 1.5,
          display: 'flex',
          gap: 1,
          justifyContent: 'flex-end',
        }}
      >
        <Button onClick={cancel}>{commonFr.cancel}</Button>
        <Button type="submit" variant="contained" disabled={action.busy}>
          {commonFr.save}
        </Button>
      </Paper>
    </Box>
  );
}
