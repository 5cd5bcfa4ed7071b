import EventIcon from '@mui/icons-material/Event';
import type { ICS_VIEWS } from '../../../shared/api/planning';
import { call } from '../../api';
import { DownloadButton } from '../../components/DownloadButton';

/** Downloads the .ics calendar of a group, trainer, room or learner over its default period (the backend picks it). */
export function IcsExportButton({
  view,
  id,
  label,
  onError,
}: {
  view: (typeof ICS_VIEWS)[number];
  id: number;
  label: string;
  onError(message: string | null): void;
}) {
  return (
    <DownloadButton
      label={label}
      icon={<EventIcon />}
      fetch={() => call('planning.exportIcs', { view, id })}
      onError={onError}
    />
  );
}
