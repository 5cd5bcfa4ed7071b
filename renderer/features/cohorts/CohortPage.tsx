import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { FileDownload } from '../../../shared/api/fields';
import type { Result } from '../../../shared/api/result';
import { cohortsFr, groupsFr } from '../../../shared/i18n/fr/cohorts';
import { commonFr } from '../../../shared/i18n/fr/common';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { saveDownload } from '../../files';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords, useSession } from '../../session';
import { ImportDialog } from '../imports/ImportDialog';
import { CoefficientsSection } from '../marks/CoefficientsSection';
import { TeachingSection } from '../marks/TeachingSection';
import { AddLearnersDialog } from './AddLearnersDialog';
import { CohortDialog } from './CohortDialog';
import { CohortHeader } from './CohortHeader';
import { Section, TrainersSection, UngroupedSection } from './CohortSections';
import { GroupCard, learnerName, type GroupDetail, type Member } from './GroupCard';
import { GroupNameDialog } from './GroupNameDialog';
import { MoveLearnerDialog } from './MoveLearnerDialog';
import { RosterPrintButton, TrainersPrintButton } from './PrintButtons';
import { RemoveLearnerDialog } from './RemoveLearnerDialog';

type Open =
  | { kind: 'none' }
  | { kind: 'edit' }
  | { kind: 'archive'; archived: boolean }
  | { kind: 'deleteCohort' }
  | { kind: 'import' }
  | { kind: 'newGroup' }
  | { kind: 'rename' | 'deleteGroup' | 'add'; group: GroupDetail }
  | { kind: 'move' | 'takeOut'; group: GroupDetail; learner: Member };

/** One cohort: its facts, its groups and their learners, the ungrouped learners and its trainers. */
export function CohortPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { user } = useSession();
  const canWrite = useCanManageRecords();
  const query = useQuery('cohorts.get', { id: Number.isInteger(id) && id > 0 ? id : 0 });
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setOpen({ kind: 'none' });

  const cohort = query.data;
  if (!cohort) {
    return query.error ? (
      <Alert severity="error">{query.error}</Alert>
    ) : (
      <Typography color="text.secondary">{commonFr.loading}</Typography>
    );
  }
  const writable = canWrite && !cohort.archived;

  function done(message: string) {
    setError(null);
    setNotice(message);
    query.reload();
  }

  async function download(request: Promise<Result<FileDownload>>) {
    const result = await request;
    if (result.ok) saveDownload(result.value);
    else setError(result.error.message);
  }

  async function setArchived(archived: boolean) {
    const result = await call('cohorts.setArchived', { id: cohort!.id, archived });
    if (!result.ok) return setError(result.error.message);
    done(archived ? cohortsFr.archivedDone(cohort!.name) : cohortsFr.unarchivedDone(cohort!.name));
  }

  async function deleteCohort() {
    const result = await call('cohorts.delete', { id: cohort!.id });
    if (!result.ok) return setError(result.error.message);
    void navigate('/promotions');
  }

  async function deleteGroup(group: GroupDetail) {
    const result = await call('groups.delete', { id: group.id });
    if (!result.ok) return setError(result.error.message);
    done(groupsFr.deleted(group.name));
  }

  return (
    <>
      <CohortHeader
        cohort={cohort}
        canWrite={canWrite}
        canExportRoster={user.role !== 'trainer'}
        actions={{
          edit: () => setOpen({ kind: 'edit' }),
          setArchived: (archived) => setOpen({ kind: 'archive', archived }),
          remove: () => setOpen({ kind: 'deleteCohort' }),
          exportRoster: () => void download(call('exports.cohortRoster', { cohortId: cohort.id })),
          importLearners: () => setOpen({ kind: 'import' }),
        }}
      />
      {cohort.archived && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {cohortsFr.archivedBanner}
        </Alert>
      )}

      <Section id="groups-title" title={groupsFr.sectionTitle}>
        {writable && (
          <Box sx={{ mb: 1.5 }}>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen({ kind: 'newGroup' })}>
              {groupsFr.create}
            </Button>
          </Box>
        )}
        {cohort.groups.length === 0 && <Typography color="text.secondary">{groupsFr.none}</Typography>}
        <Grid container spacing={2}>
          {cohort.groups.map((group) => (
            <Grid key={group.id} size={{ xs: 12, md: 6, xl: 4 }}>
              <GroupCard
                group={group}
                canWrite={writable}
                actions={{
                  add: () => setOpen({ kind: 'add', group }),
                  rename: () => setOpen({ kind: 'rename', group }),
                  remove: () => setOpen({ kind: 'deleteGroup', group }),
                  exportList: () => void download(call('exports.groupList', { groupId: group.id })),
                  move: (learner) => setOpen({ kind: 'move', group, learner }),
                  takeOut: (learner) => setOpen({ kind: 'takeOut', group, learner }),
                }}
                print={<RosterPrintButton groupId={group.id} onError={setError} />}
              />
            </Grid>
          ))}
        </Grid>
      </Section>
      <UngroupedSection learners={cohort.ungrouped} />
      <TrainersSection
        trainers={cohort.trainers}
        print={<TrainersPrintButton cohortId={cohort.id} onError={setError} />}
      />
      {canWrite && <TeachingSection groups={cohort.groups} canEdit={writable} />}
      {canWrite && <CoefficientsSection cohortId={cohort.id} canEdit={writable} />}

      {open.kind === 'edit' && (
        <CohortDialog
          cohort={cohort}
          onClose={(saved) => {
            close();
            if (saved) done(cohortsFr.updated(saved.name));
          }}
        />
      )}
      {open.kind === 'archive' && (
        <ConfirmDialog
          text={
            open.archived ? cohortsFr.confirmArchive(cohort.name) : cohortsFr.confirmUnarchive(cohort.name)
          }
          confirmLabel={open.archived ? cohortsFr.archive : cohortsFr.unarchive}
          onClose={(confirmed) => {
            close();
            if (confirmed) void setArchived(open.archived);
          }}
        />
      )}
      {open.kind === 'deleteCohort' && (
        <ConfirmDialog
          text={cohortsFr.confirmDelete(cohort.name)}
          confirmLabel={cohortsFr.remove}
          onClose={(confirmed) => {
            close();
            if (confirmed) void deleteCohort();
          }}
        />
      )}
      <ImportDialog
        kind="learners"
        cohortId={cohort.id}
        open={open.kind === 'import'}
        onClose={(imported) => {
          close();
          if (imported) query.reload();
        }}
      />
      {(open.kind === 'newGroup' || open.kind === 'rename') && (
        <GroupNameDialog
          cohortId={cohort.id}
          group={open.kind === 'rename' ? open.group : null}
          onClose={(saved) => {
            close();
            if (saved)
              done(open.kind === 'rename' ? groupsFr.renamed(saved.name) : groupsFr.created(saved.name));
          }}
        />
      )}
      {open.kind === 'deleteGroup' && (
        <ConfirmDialog
          text={groupsFr.confirmDelete(open.group.name)}
          confirmLabel={groupsFr.remove}
          onClose={(confirmed) => {
            close();
            if (confirmed) void deleteGroup(open.group);
          }}
        />
      )}
      {open.kind === 'add' && (
        <AddLearnersDialog
          group={open.group}
          candidates={cohort.ungrouped}
          onClose={(added) => {
            close();
            if (added > 0) done(groupsFr.added(added, open.group.name));
          }}
        />
      )}
      {open.kind === 'move' && (
        <MoveLearnerDialog
          learner={{ id: open.learner.id, name: learnerName(open.learner) }}
          targets={cohort.groups.filter((g) => g.id !== open.group.id)}
          onClose={(movedTo) => {
            close();
            if (movedTo) done(groupsFr.moved(learnerName(open.learner), movedTo));
          }}
        />
      )}
      {open.kind === 'takeOut' && (
        <RemoveLearnerDialog
          learner={{ id: open.learner.id, name: learnerName(open.learner) }}
          groupName={open.group.name}
          onClose={(removed) => {
            close();
            if (removed) done(groupsFr.removed(learnerName(open.learner)));
          }}
        />
      )}
      {/* Refusals of buttons lower on the page (exports, deletions) must be seen where one stands. */}
      <Snackbar open={!!error} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="error" variant="filled" onClose={() => setError(null)} sx={{ maxWidth: 720 }}>
          {error}
        </Alert>
      </Snackbar>
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
