import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { accessRouteLabelsFr, learnerStatusLabelsFr } from '../../../shared/i18n/fr/learners';
import { commonFr } from '../../../shared/i18n/fr/common';
import { learnersScreenFr as t } from '../../../shared/i18n/fr/learners-screen';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { LearnerPlanSection } from '../learner-plan/LearnerPlanSection';
import { AbsencesSection } from '../absences/AbsencesSection';
import { IcsExportButton } from '../planning/IcsExportButton';
import { LearnerDocumentsMenu } from '../documents/LearnerDocumentsMenu';
import { LearnerFacts } from './LearnerFacts';
import { learnerPaths } from './paths';

/** A message handed over by the page that navigated here (after a save), shown once. */
function useNotice(): [string | null, () => void] {
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );
  return [notice, () => setNotice(null)];
}

/** /apprenants/:id: the learner's record, read only, with Modifier and Supprimer for managers. */
export function LearnerDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const canManage = useCanManageRecords();
  const query = useQuery('learners.get', { id });
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, clearNotice] = useNotice();
  const learner = query.data;

  if (query.error) return <Alert severity="error">{query.error}</Alert>;
  if (!learner || learner.id !== id) {
    return <Typography color="text.secondary">{commonFr.loading}</Typography>;
  }
  const name = `${learner.firstName} ${learner.surname}`;

  async function remove() {
    const result = await call('learners.delete', { id });
    if (!result.ok) return setError(result.error.message);
    navigate(learnerPaths.list, { state: { notice: t.deleted(name) } });
  }

  return (
    <>
      <Button component={Link} to={learnerPaths.list} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {t.back}
      </Button>
      <PageHeader
        title={`${learner.surname.toLocaleUpperCase('fr-FR')} ${learner.firstName}`}
        intro={[
          learner.cohortName,
          accessRouteLabelsFr[learner.accessRoute],
          learnerStatusLabelsFr[learner.status],
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <Stack direction="row" spacing={1}>
            <IcsExportButton view="learner" id={id} label={t.exportIcs} onError={setError} />
            <LearnerDocumentsMenu learner={learner} />
            {canManage && (
              <>
                <Button
                  variant="contained"
                  startIcon={<EditIcon />}
                  onClick={() => navigate(learnerPaths.edit(id))}
                >
                  {t.edit}
                </Button>
                <Button color="error" startIcon={<DeleteIcon />} onClick={() => setConfirming(true)}>
                  {t.delete}
                </Button>
              </>
            )}
          </Stack>
        }
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <Stack spacing={2}>
        <LearnerFacts learner={learner} />
        <LearnerPlanSection learnerId={id} />
        <AbsencesSection learner={learner} />
      </Stack>
      {confirming && (
        <ConfirmDialog
          text={t.confirmDelete(name)}
          confirmLabel={t.delete}
          onClose={(confirmed) => {
            setConfirming(false);
            if (confirmed) void remove();
          }}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={clearNotice} message={notice} />
    </>
  );
}
