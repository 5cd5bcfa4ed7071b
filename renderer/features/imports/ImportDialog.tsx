import type { ImportKind } from '../../../shared/api/imports';

export interface ImportDialogProps {
  kind: ImportKind;
  /** Learners only: the cohort they join, and optionally a group. */
  cohortId?: number;
  groupId?: number;
  open: boolean;
  onClose(imported: boolean): void;
}

/** TEMPORARY placeholder: the import assistant is being written. */
export function ImportDialog(_props: ImportDialogProps) {
  return null;
}
