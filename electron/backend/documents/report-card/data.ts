import type { DisplayRounding } from '../../../../shared/domain/marks/rounding';
import type { AbsenceSummary } from './absences';

/** A learner's value on a row: exact on /20, null when nothing counts; provisional while NN waits. */
export interface CardValue {
  value: number | null;
  provisional: boolean;
}

/** The class's figures on a row: over the learners' values (null when none has one). */
export interface ClassFigures {
  average: number | null;
  min: number | null;
  max: number | null;
}

/** One row of the table: a subject, or an exam unit with its subjects aggregated. */
export interface CardRow {
  label: string;
  learner: CardValue;
  class: ClassFigures;
  coefficient: number;
  appreciation: string | null;
}

/** One learner's report card, everything it prints already read (a batch's snapshot). */
export interface ReportCardData {
  title: string;
  learner: { surname: string; firstName: string; birthDate: string | null };
  groupName: string;
  cohortName: string;
  programmeTitle: string;
  period: { name: string; startDate: string; endDate: string };
  /** Subjects in programme order, or exam units (settings.documents.reportCardRows). */
  rowKind: 'subjects' | 'units';
  rows: CardRow[];
  general: { learner: CardValue; class: ClassFigures; rank: { rank: number; of: number } | null };
  generalAppreciation: string | null;
  absences: AbsenceSummary;
  rounding: DisplayRounding;
}
