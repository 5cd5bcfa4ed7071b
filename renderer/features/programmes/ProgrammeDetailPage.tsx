import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ProgrammeDetail } from '../../../shared/api/programmes';
import { programmesFr as t } from '../../../shared/i18n/fr/programmes';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { DuplicateDialog } from './DuplicateDialog';
import { programmePaths } from './paths';
import { Pending, Section } from './page-parts';
import { ProgrammeFacts } from './ProgrammeFacts';
import { BlocsTable, SubjectsTable, UnitsTable } from './ProgrammeTables';

/** /programmes/:id — one référentiel, read-only, with the managers' actions. */
export function ProgrammeDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const location = useLocation();
  const canManage = useCanManageRecords();
  const query = useQuery('programmes.get', { id });
  const [open, setOpen] = useState<'none' | 'duplicate' | 'delete'>('none');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );
  const p = query.data;

  async function remove(programme: ProgrammeDetail) {
    const result = await call('programmes.delete', { id: programme.id });
    if (!result.ok) return setError(result.error.message);
    navigate(programmePaths.list, { state: { notice: t.deleted(programme.title) } });
  }

  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => navigate(programmePaths.list)} sx={{ mb: 1 }}>
      {t.back}
    </Button>
  );
  if (!p) {
    return (
      <>
        {back}
        <Pending error={query.error} />
      </>
    );
  }

  const actions = canManage && (
    <Stack direction="row" spacing={1}>
      <Button startIcon={<ContentCopyIcon />} onClick={() => setOpen('duplicate')}>
        {t.duplicate}
      </Button>
      {!p.builtin && (
        <>
          <Button
            startIcon={<EditIcon />}
            variant="contained"
            onClick={() => navigate(programmePaths.edit(p.id))}
          >
            {t.edit}
          </Button>
          <Button startIcon={<DeleteIcon />} color="error" onClick={() => setOpen('delete')}>
            {t.delete}
          </Button>
        </>
      )}
    </Stack>
  );

  return (
    <>
      {back}
      <PageHeader title={p.title} actions={actions} />
      <Stack direction="row" spacing={1} sx={{ mb: 2, mt: -2 }}>
        <Chip size="small" label={p.code} />
        {p.builtin && <Chip size="small" variant="outlined" color="primary" label={t.builtin} />}
      </Stack>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {p.builtin && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.readOnlyNote}
        </Alert>
      )}
      <ProgrammeFacts programme={p} />
      <Section title={t.objectives}>
        {p.objectives.length === 0 ? (
          <Typography color="text.secondary">{t.noObjectives}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 3, columns: { md: 2 }, columnGap: 4 }}>
            {p.objectives.map((o, i) => (
              <li key={i}>
                <Typography variant="body2">{o}</Typography>
              </li>
            ))}
          </Box>
        )}
      </Section>
      <Section title={t.subjects}>
        {p.builtin && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t.assumedSplit}
          </Typography>
        )}
        <SubjectsTable programme={p} />
      </Section>
      <Section title={t.units}>
        <UnitsTable units={p.units} />
      </Section>
      <Section title={t.blocs}>
        <BlocsTable blocs={p.blocs} />
      </Section>

      {open === 'duplicate' && (
        <DuplicateDialog
          source={p}
          onClose={(copy) => {
            setOpen('none');
            if (copy)
              navigate(programmePaths.detail(copy.id), { state: { notice: t.duplicated(copy.title) } });
          }}
        />
      )}
      {open === 'delete' && (
        <ConfirmDialog
          text={t.confirmDelete(p.title)}
          confirmLabel={t.delete}
          onClose={(confirmed) => {
            setOpen('none');
            if (confirmed) void remove(p);
          }}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
