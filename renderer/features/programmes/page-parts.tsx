import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { commonFr } from '../../../shared/i18n/fr/common';

/** A titled part of a programme's page (read or edited), named after its title. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title} sx={{ mb: 3 }}>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** What a programme's page shows until the programme is there: the refusal, or that it loads. */
export function Pending({ error }: { error: string | null }) {
  return error ? <Alert severity="error">{error}</Alert> : <Typography>{commonFr.loading}</Typography>;
}
