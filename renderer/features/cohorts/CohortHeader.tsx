import ArchiveIcon from '@mui/icons-material/Archive';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/Download';
import EditIcon from '@mui/icons-material/Edit';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { CohortDetail } from '../../../shared/api/cohorts';
import { formatDateShort } from '../../../shared/format/fr';
import { cohortsFr as t } from '../../../shared/i18n/fr/cohorts';

export interface CohortHeaderActions {
  edit(): void;
  setArchived(archived: boolean): void;
  remove(): void;
  exportRoster(): void;
  importLearners(): void;
}

/** The cohort's name and facts, and the actions the signed-in role may take on it. */
export function CohortHeader({
  cohort,
  canWrite,
  canExportRoster,
  actions,
}: {
  cohort: CohortDetail;
  canWrite: boolean;
  canExportRoster: boolean;
  actions: CohortHeaderActions;
}) {
  const writable = canWrite && !cohort.archived;
  const empty = cohort.groupCount === 0 && cohort.learnerCount === 0;
  const facts = [
    `${formatDateShort(cohort.startDate)} – ${formatDateShort(cohort.endDate)}`,
    t.yearsRange(cohort.yearFrom, cohort.yearTo),
    t.zoneLabel(cohort.holidayZone) + (cohort.alsaceMoselle ? ` · ${t.alsaceMoselle}` : ''),
    ...(cohort.site ? [cohort.site] : []),
    `${cohort.groupCount} ${t.groups.toLowerCase()} · ${cohort.learnerCount} ${t.learners.toLowerCase()}`,
  ];
  return (
    <Box sx={{ mb: 3 }}>
      <Link
        component={RouterLink}
        to="/promotions"
        sx={{ display: 'inline-flex', alignItems: 'center', mb: 1 }}
      >
        <ArrowBackIcon fontSize="small" sx={{ mr: 0.5 }} />
        {t.back}
      </Link>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h1">{cohort.name}</Typography>
        {cohort.archived && <Chip label={t.archivedChip} variant="outlined" />}
      </Box>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
        {cohort.programmeTitle}
      </Typography>
      <Typography color="text.secondary">{facts.join(' · ')}</Typography>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ mt: 2, flexWrap: 'wrap', '&:empty': { display: 'none' } }}
      >
        {writable && (
          <Button variant="outlined" startIcon={<EditIcon />} onClick={actions.edit}>
            {t.edit}
          </Button>
        )}
        {writable && (
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={actions.importLearners}>
            {t.importLearners}
          </Button>
        )}
        {canExportRoster && (
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={actions.exportRoster}>
            {t.exportRoster}
          </Button>
        )}
        {canWrite && (
          <Button
            variant="outlined"
            startIcon={cohort.archived ? <UnarchiveIcon /> : <ArchiveIcon />}
            onClick={() => actions.setArchived(!cohort.archived)}
          >
            {cohort.archived ? t.unarchive : t.archive}
          </Button>
        )}
        {writable && empty && (
          <Button variant="outlined" color="error" startIcon={<DeleteIcon />} onClick={actions.remove}>
            {t.remove}
          </Button>
        )}
      </Stack>
    </Box>
  );
}
