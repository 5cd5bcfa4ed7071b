import { AppError } from '../../errors';

/** An uploaded file as rows of text cells, and the refusal of a file that cannot become one. */

export interface SheetRow {
  /** The line number the person sees in their spreadsheet or text editor. */
  line: number;
  cells: string[];
}

export interface ImportTable {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1252' | null;
  separator: string | null;
  headers: string[];
  rows: SheetRow[];
}

/** A file refused as a whole: the message is shown at the file field. */
export const refuseFile = (message: string): AppError =>
  new AppError('INVALID_INPUT', message, { file: message });
