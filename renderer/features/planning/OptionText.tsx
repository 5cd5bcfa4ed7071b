import ListItemText from '@mui/material/ListItemText';
import Box from '@mui/material/Box';
import { Fragment } from 'react';
import type { OptionNote } from './useSessionChoices';

const COLOR: Record<OptionNote['tone'], string> = {
  error: 'error.main',
  warning: 'warning.dark',
  success: 'success.main',
  neutral: 'text.secondary',
};

/**
 * An option of the trainer or room select: its name, and on a second line why it is (or is
 * not) a good choice on this half-day. A blocked option stays readable: the reason is the point.
 */
export function OptionText({
  label,
  notes,
  blocked,
}: {
  label: string;
  notes: OptionNote[];
  blocked: boolean;
}) {
  return (
    <ListItemText
      sx={{ my: 0 }}
      primary={label}
      slotProps={{ primary: { color: blocked ? 'text.disabled' : undefined } }}
      secondary={
        notes.length === 0
          ? null
          : notes.map((note, i) => (
              <Fragment key={note.text}>
                {i > 0 && ' · '}
                <Box component="span" sx={{ color: COLOR[note.tone] }}>
                  {note.text}
                </Box>
              </Fragment>
            ))
      }
    />
  );
}
