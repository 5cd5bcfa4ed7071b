import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '../../../shared/format/fr';
import { dashboardFr as t } from '../../../shared/i18n/fr/dashboard';
import { useQuery } from '../../hooks/useQuery';
import { learnerPaths } from '../learners/paths';
import { AttentionCard } from './AttentionCard';

/** Cut, not rounded, to two decimals: an exact 9,996 must not read "10,00" on a list of those under 10. */
const belowTen = (average: number) => formatNumber(Math.floor(average * 100) / 100, 2, 2);

/** Learners under 10 of general average in their period under way (managers, advisers). */
export function AtRiskCard() {
  const items = useQuery('averages.atRisk', {}).data?.items;
  return (
    <AttentionCard title={t.atRiskTitle}>
      {items && items.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t.noneAtRisk}
        </Typography>
      )}
      {items && items.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2, maxHeight: 220, overflowY: 'auto' }}>
          {items.map((i) => (
            <Typography component="li" variant="body2" key={`${i.learnerId}-${i.groupId}`} sx={{ mb: 0.5 }}>
              <Link component={RouterLink} to={learnerPaths.detail(i.learnerId)}>
                {i.name}
              </Link>{' '}
              — {t.atRiskDetail(i.groupName, i.periodName, belowTen(i.average), i.provisional)}
            </Typography>
          ))}
        </Box>
      )}
    </AttentionCard>
  );
}
