import type { Justification, Presence } from '../../../../shared/domain/attendance/hours';
import type { Modality, Slot } from '../../../../shared/domain/planning/types';
import { sheetPdfFr as t } from '../../../../shared/i18n/fr/absences';
import type { CentreForPrint } from '../centre-header';

/** Everything a printed attendance sheet shows, read inside the transaction and drawn after it. */
export interface SheetPrint {
  /** Printed above the title, as on every document of the centre. */
  centre: CentreForPrint;
  actionTitle: string;
  groupName: string;
  cohortName: string;
  subjectName: string;
  date: string;
  slot: Slot;
  start: string;
  end: string;
  hours: number;
  roomName: string | null;
  modality: Modality;
  trainerName: string | null;
  /** How the sheet was signed once closed; null while nothing says. */
  mode: 'screen' | 'paper' | null;
  closedAt: string | null;
  closedBy: string | null;
  trainerSignature: Buffer | null;
  /** In alphabetical order. */
  lines: SheetLine[];
  printedOn: string;
}

export interface SheetLine {
  surname: string;
  firstName: string;
  presence: Presence | null;
  lateMinutes: number;
  leftEarlyMinutes: number;
  justification: Justification | null;
  signedAt: string | null;
  signature: Buffer | null;
}

/** "Présent", "Absent (excusé)", "Retard 15 min"…; null for a line not recorded yet (paper). */
export function statusLabel(line: SheetLine): string | null {
  if (line.presence === null) return null;
  if (line.presence === 'absent')
    return line.justification === 'justified' ? t.status.excused : t.status.absent;
  const parts: string[] = [];
  if (line.lateMinutes > 0) parts.push(t.status.late(line.lateMinutes));
  if (line.leftEarlyMinutes > 0) parts.push(t.status.leftEarly(line.leftEarlyMinutes));
  return parts.length > 0 ? parts.join('\n') : t.status.present;
}

/** "DUPONT Léa": the surname in capitals, as French attendance sheets list people. */
export const printedName = (line: { surname: string; firstName: string }) =>
  `${line.surname.toLocaleUpperCase('fr-FR')} ${line.firstName}`;
