import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import type { ReactNode } from 'react';
import { programmesFr as t } from '../../../shared/i18n/fr/programmes';

/**
 * A field inside an editable table row: the column header says what it is to the eye, the
 * accessible label ("Matière 3") says it to a screen reader and to tests; the backend's message
 * for this row's path ("subjects.2.name") shows right under it.
 */
export function RowField({
  label,
  path,
  fields,
  value,
  onValue,
  ...rest
}: {
  label: string;
  path: string;
  fields: Record<string, string>;
  value: string;
  onValue(value: string): void;
} & Omit<TextFieldProps, 'value' | 'onChange' | 'label' | 'error' | 'helperText'>) {
  return (
    <TextField
      {...rest}
      value={value}
      onChange={(e) => onValue(e.target.value)}
      error={!!fields[path]}
      helperText={fields[path]}
      slotProps={{ ...rest.slotProps, htmlInput: { 'aria-label': label } }}
    />
  );
}

export function RemoveRowButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Tooltip title={t.remove}>
      <IconButton aria-label={t.removeRow(label)} onClick={onClick} size="small">
        <DeleteOutlineIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

export const top = { verticalAlign: 'top' } as const;
/** Editable tables are dense: narrow cell padding leaves the room to the fields. */
export const dense = { '& th, & td': { px: 0.75 } } as const;

export function patch<R>(rows: R[], i: number, change: Partial<R>): R[] {
  return rows.map((r, j) => (j === i ? { ...r, ...change } : r));
}
export const without = <R,>(rows: R[], i: number) => rows.filter((_, j) => j !== i);

export function AddButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Button startIcon={<AddIcon />} onClick={onClick} sx={{ mt: 1 }}>
      {label}
    </Button>
  );
}

/** What each editable table receives: its rows, how to replace them, the messages by path. */
export interface RowsProps<R> {
  rows: R[];
  onRows(rows: R[]): void;
  fields: Record<string, string>;
}

/**
 * Props of a RowField bound to one key of row `i`: labelled "Coefficient (Matière 3)" after the
 * row's name, with the backend's message for its path ("subjects.2.coefficient").
 */
export function cellField<R>({ rows, onRows, fields }: RowsProps<R>, path: string, i: number, row: string) {
  return (name: keyof R & string, label: string) => ({
    label: `${label} (${row})`,
    path: `${path}.${i}.${name}`,
    fields,
    value: String(rows[i]![name] ?? ''),
    onValue: (v: string) => onRows(patch(rows, i, { [name]: v } as Partial<R>)),
  });
}

/**
 * An editable table: its column headers, one line of fields per row with its remove button
 * last, and the button that adds a row under it.
 */
export function RowsTable<R extends { key: number }>({
  label,
  columns,
  rows,
  onRows,
  cells,
  rowName,
  addLabel,
  newRow,
}: {
  /** The table's accessible name. */
  label: string;
  columns: readonly { title: string; width?: number }[];
  rows: R[];
  onRows(rows: R[]): void;
  /** Row `i`'s fields, one a column. */
  cells(row: R, i: number): ReactNode[];
  /** How row `i` is named in its remove button. */
  rowName(row: R, i: number): string;
  addLabel: string;
  newRow(): R;
}) {
  return (
    <>
      <Paper variant="outlined">
        <Table aria-label={label} sx={dense}>
          <TableHead>
            <TableRow>
              {columns.map((c, j) => (
                <TableCell key={j} sx={c.width ? { width: c.width } : undefined}>
                  {c.title}
                </TableCell>
              ))}
              <TableCell sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r, i) => (
              <TableRow key={r.key}>
                {cells(r, i).map((cell, j) => (
                  <TableCell key={j} sx={top}>
                    {cell}
                  </TableCell>
                ))}
                <TableCell sx={top}>
                  <RemoveRowButton label={rowName(r, i)} onClick={() => onRows(without(rows, i))} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <AddButton label={addLabel} onClick={() => onRows([...rows, newRow()])} />
    </>
  );
}
