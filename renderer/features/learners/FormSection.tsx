import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { LearnerFormValues } from './learner-form';

/**
 * A titled block of the learner's record, read or edited. The section is not named after its
 * heading: "Voie d’accès" is both a section and a field, and a label must find the field only.
 */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" sx={{ p: 2 }}>
      <Typography variant="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** Fields side by side, wrapping on narrow windows. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }}>
      {children}
    </Box>
  );
}

/** A select whose empty choice has a name ("Aucun groupe"): shown, with the label above it. */
export const emptyChoiceSlots = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;

/** What every edited section receives: the values, a setter, and the field errors by path. */
export interface SectionProps {
  values: LearnerFormValues;
  set<K extends keyof LearnerFormValues>(key: K, value: LearnerFormValues[K]): void;
  fields: Record<string, string>;
}

/** Props of a plain text field bound to one key of the form. */
export function bind(props: SectionProps, key: keyof LearnerFormValues & string, label: string) {
  return {
    name: key,
    label,
    value: props.values[key] as string,
    onChange: (e: { target: { value: string } }) => props.set(key, e.target.value as never),
    error: !!props.fields[key],
    helperText: props.fields[key],
  };
}

/** The same, for a date: ISO value, label kept above the browser's date input. */
export function bindDate(props: SectionProps, key: keyof LearnerFormValues & string, label: string) {
  return { ...bind(props, key, label), type: 'date', slotProps: { inputLabel: { shrink: true } } };
}
