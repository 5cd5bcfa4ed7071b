import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { printsFr } from '../../../shared/i18n/fr/prints';
import { call } from '../../api';
import { DownloadButton } from '../../components/DownloadButton';

const t = printsFr.screen;

/** A group's roster as a PDF (prints.roster), on the group's card. */
export function RosterPrintButton({
  groupId,
  onError,
}: {
  groupId: number;
  onError(message: string | null): void;
}) {
  return (
    <DownloadButton
      label={t.roster}
      icon={<PictureAsPdfIcon />}
      fetch={() => call('prints.roster', { groupId })}
      onError={onError}
      size="small"
      variant="text"
    />
  );
}

/** The cohort's trainer list as a PDF (prints.trainers), above the trainers' table. */
export function TrainersPrintButton({
  cohortId,
  onError,
}: {
  cohortId: number;
  onError(message: string | null): void;
}) {
  return (
    <DownloadButton
      label={t.trainers}
      icon={<PictureAsPdfIcon />}
      fetch={() => call('prints.trainers', { cohortId })}
      onError={onError}
    />
  );
}
