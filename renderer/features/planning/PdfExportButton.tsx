import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import type { ICS_VIEWS, PRINT_PERIODS } from '../../../shared/api/planning';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { call } from '../../api';
import { DownloadButton } from '../../components/DownloadButton';

/** Downloads the printable planning (A4 landscape PDF) of the week or month holding `date`. */
export function PdfExportButton({
  view,
  id,
  period,
  date,
  onError,
}: {
  view: (typeof ICS_VIEWS)[number];
  id: number;
  period: (typeof PRINT_PERIODS)[number];
  date: string;
  onError(message: string | null): void;
}) {
  return (
    <DownloadButton
      label={t.exportPdf[period]}
      icon={<PictureAsPdfIcon />}
      fetch={() => call('planning.exportPdf', { view, id, period, date })}
      onError={onError}
    />
  );
}
