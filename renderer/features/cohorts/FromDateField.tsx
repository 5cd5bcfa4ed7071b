import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';

/** "À partir du": the date a change of group counts from (today unless told otherwise). */
export function FromDateField({
  value,
  onChange,
  error,
  help,
  ...rest
}: {
  value: string;
  onChange(value: string): void;
  /** The backend's message for `from`. */
  error: string | undefined;
  /** Said under the field when there is no error. */
  help?: string;
} & Pick<TextFieldProps, 'autoFocus' | 'sx'>) {
  return (
    <TextField
      type="date"
      label={t.from}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={!!error}
      helperText={error ?? help}
      slotProps={{ inputLabel: { shrink: true } }}
      {...rest}
    />
  );
}
