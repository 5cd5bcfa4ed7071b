import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import type { ProgrammeDetail } from '../../../shared/api/programmes';
import { formatHours } from '../../../shared/format/fr';
import { programmesFr as t } from '../../../shared/i18n/fr/programmes';

/** The header facts of a programme, as a definition list. */
export function ProgrammeFacts({ programme: p }: { programme: ProgrammeDetail }) {
  const facts: [string, string][] = [
    [t.totalHours, formatHours(p.totalHours)],
    [t.level, p.level === null ? '—' : t.levelValue(p.level)],
    [t.rncp, p.rncpCode ?? '—'],
    [t.diplomaCode, p.diplomaCode ?? '—'],
    [t.nsf, p.nsfCode ?? '—'],
    [t.cohorts, String(p.cohortCount)],
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 2 }}
      >
        {facts.map(([label, value]) => (
          <div key={label}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {value}
            </Typography>
          </div>
        ))}
      </Box>
    </Paper>
  );
}
