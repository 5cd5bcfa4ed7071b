import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { BatchResult } from '../../../shared/api/planning';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';

/** What a copy or a week template would do: the sessions it creates, the half-days it skips and why. */
export function BatchPreview({ result }: { result: BatchResult }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { md: '1fr 1fr' }, gap: 2 }}>
      <section aria-label={t.previewCreated(result.created.length)}>
        <Typography variant="subtitle2" color="success.main">
          {t.previewCreated(result.created.length)}
        </Typography>
        <List dense sx={{ maxHeight: 360, overflowY: 'auto' }}>
          {result.created.map((c) => (
            <ListItem key={`${c.date}-${c.slot}`} disableGutters>
              <ListItemText
                primary={`${t.previewLine(c.date, c.slot)} — ${c.subjectName}`}
                secondary={c.warnings.map((w) => w.message).join(' ') || undefined}
                slotProps={{ secondary: { color: 'warning.dark' } }}
              />
            </ListItem>
          ))}
        </List>
      </section>
      <section aria-label={t.previewSkipped(result.skipped.length)}>
        <Typography variant="subtitle2" color="warning.dark">
          {t.previewSkipped(result.skipped.length)}
        </Typography>
        <List dense sx={{ maxHeight: 360, overflowY: 'auto' }}>
          {result.skipped.map((s) => (
            <ListItem key={`${s.date}-${s.slot}-${s.reason}`} disableGutters>
              <ListItemText primary={t.previewLine(s.date, s.slot)} secondary={s.reason} />
            </ListItem>
          ))}
        </List>
      </section>
    </Box>
  );
}
