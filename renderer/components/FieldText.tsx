import TextField, { type TextFieldProps } from '@mui/material/TextField';

type FieldTextProps = Omit<TextFieldProps, 'error' | 'helperText' | 'onChange'> & {
  /** The input path the backend names in its field messages ("login", "keptMarks.0.mark"). */
  field: string;
  /** The refusal's messages per field, from useAction(). */
  errors: Record<string, string>;
  /** Shown under the field when it has no error. */
  help?: string;
  value: string;
  onChange(value: string): void;
};

/** A text field that shows the backend's French message for its own input path, else its help. */
export function FieldText({ field, errors, help, onChange, ...props }: FieldTextProps) {
  return (
    <TextField
      {...props}
      onChange={(e) => onChange(e.target.value)}
      error={!!errors[field]}
      helperText={errors[field] ?? help}
    />
  );
}
