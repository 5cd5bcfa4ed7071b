import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
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
