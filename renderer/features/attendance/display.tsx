import Chip from '@mui/material/Chip';
import type { SessionSummary } from '../../../shared/api/attendance';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';

/** "Ouverte", "Clôturée" or "Signée sur papier", as the lists and the sheet show a sheet's state. */
export function statusLabel(session: Pick<SessionSummary, 'status' | 'mode'>): string {
  if (session.status === 'open') return t.status.open;
  return session.mode === 'paper' ? t.status.paper : t.status.closed;
}

export function StatusChip({ session }: { session: Pick<SessionSummary, 'status' | 'mode'> }) {
  return (
    <Chip
      size="small"
      variant={session.status === 'open' ? 'outlined' : 'filled'}
      color={session.status === 'open' ? 'warning' : 'success'}
      label={statusLabel(session)}
    />
  );
}

/** "DURAND Marie": surname first in capitals, as attendance sheets (and the printed one) list people. */
export function learnerName(line: { firstName: string; surname: string }): string {
  return `${line.surname.toLocaleUpperCase('fr-FR')} ${line.firstName}`;
}

/** A signature stored as PNG base64, shown as an image. */
export function pngSource(base64: string): string {
  return `data:image/png;base64,${base64}`;
}
