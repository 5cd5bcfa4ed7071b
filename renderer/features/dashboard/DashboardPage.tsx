import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import { formatDateLong } from '../../../shared/format/fr';
import { dashboardFr } from '../../../shared/i18n/fr/dashboard';
import { navFr, pageIntrosFr } from '../../../shared/i18n/fr/nav';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { visibleNav } from '../../nav';
import { useSession } from '../../session';
import { AttendanceCards } from './AttendanceCards';

/** The first steps, for an administrator while the centre has no cohort yet. */
function SetupHint() {
  const cohorts = useQuery('cohorts.list', { includeArchived: true }).data;
  if (!cohorts || cohorts.length > 0) return null;
  return (
    <Alert severity="info" sx={{ mb: 3 }}>
      {dashboardFr.setupHint}
    </Alert>
  );
}

export function DashboardPage() {
  const { user } = useSession();
  const today = formatDateLong(new Date());
  const shortcuts = visibleNav(user.role).filter((e) => e.key !== 'dashboard');

  return (
    <>
      <PageHeader title={dashboardFr.greeting(user.displayName)} intro={dashboardFr.today(today)} />
      {user.role === 'admin' && <SetupHint />}
      <AttendanceCards />
      <Typography variant="h2" sx={{ mb: 1.5 }}>
        {dashboardFr.shortcuts}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }}>
        {shortcuts.map((entry) => (
          <Card key={entry.key} variant="outlined">
            <CardActionArea component={Link} to={entry.path} sx={{ height: '100%' }}>
              <CardContent>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', color: 'primary.main', mb: 0.5 }}>
                  {entry.icon}
                  <Typography variant="subtitle1" sx={{ fontWeight: 500 }}>
                    {navFr[entry.key]}
                  </Typography>
                </Box>
                <Typography variant="body2" color="text.secondary">
                  {pageIntrosFr[entry.key]}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Box>
    </>
  );
}
