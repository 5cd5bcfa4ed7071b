import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A dashboard card: a titled section, its content, an optional action below. */
export function AttentionCard({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Card variant="outlined" component="section" aria-label={title}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500, mb: 1 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
      {action && <CardActions>{action}</CardActions>}
    </Card>
  );
}
