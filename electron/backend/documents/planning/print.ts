import type { PlanningWeek, SessionView } from '../../../../shared/api/planning';
import { planningPdfFr as t } from '../../../../shared/i18n/fr/planning-pdf';
import type { CentreForPrint } from '../centre-header';

export type PrintView = 'group' | 'trainer' | 'room' | 'learner';

/** Everything a printed planning shows, read inside the transaction and drawn after it. */
export interface PlanningPrint {
  /** Printed above the title (compact: the grid needs the page's height). */
  centre: CentreForPrint;
  view: PrintView;
  /** Who the planning is for, as the title names them. */
  who: string;
  period: 'week' | 'month';
  from: string;
  to: string;
  days: PlanningWeek['days'];
  slots: PlanningWeek['slots'];
  sessions: SessionView[];
  printedOn: string;
}

/** The lines of a session's cell after its subject: who and where, as the view needs them. */
export function sessionDetails(view: PrintView, s: SessionView): string[] {
  const trainer = s.trainerName ?? t.noTrainer;
  const group = `${s.groupName} (${s.cohortName})`;
  const where = t.modality[s.modality] ?? (s.roomName ? t.room(s.roomName) : null);
  const lines = view === 'trainer' ? [group, where] : view === 'room' ? [group, trainer] : [trainer, where];
  return lines.filter((line): line is string => line !== null && line !== '');
}

/** "Total : 22 h 30 — 6 séances" and the hours per subject, in the order subjects first appear. */
export function summary(print: PlanningPrint): { total: string; bySubject: string } {
  const hours = new Map<string, number>();
  for (const s of print.sessions) hours.set(s.subjectName, (hours.get(s.subjectName) ?? 0) + s.hours);
  return {
    total: t.total(slotHoursTotal(print.sessions), print.sessions.length),
    bySubject: t.bySubject([...hours].map(([name, h]) => ({ name, hours: h }))),
  };
}

/** Hours of sessions added in minutes, so that 3 h 45 × n never drifts by a float's error. */
export function slotHoursTotal(sessions: readonly { hours: number }[]): number {
  return sessions.reduce((minutes, s) => minutes + Math.round(s.hours * 60), 0) / 60;
}
