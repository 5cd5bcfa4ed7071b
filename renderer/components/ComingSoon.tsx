import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { commonFr } from '../../shared/i18n/fr/common';
import { PageHeader } from './PageHeader';

/** An area a later version fills in: its place in the navigation is already real. */
export function ComingSoon({ title, intro }: { title: string; intro: string }) {
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Chip label={commonFr.comingSoon} color="secondary" variant="outlined" sx={{ mb: 1 }} />
        <Typography color="text.secondary">{commonFr.comingSoonText}</Typography>
      </Paper>
    </>
  );
}
