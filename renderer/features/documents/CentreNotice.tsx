import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Link } from 'react-router';
import { centreFr } from '../../../shared/i18n/fr/centre';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';
import { useQuery } from '../../hooks/useQuery';
import { NAV_ROUTES } from '../../nav-routes';
import { useCanManageRecords } from '../../session';

const settingsPath = NAV_ROUTES.find((r) => r.key === 'settings')!.path;

/**
 * Every document prints the centre's identity: what is still missing is named before a batch,
 * with the way to Paramètres for those who may fill it in.
 */
export function CentreNotice() {
  const centre = useQuery('centre.get', {});
  const canEdit = useCanManageRecords();
  if (centre.error) return <Alert severity="warning">{centre.error}</Alert>;
  const missing = centre.data?.missing ?? [];
  if (missing.length === 0) return null;
  return (
    <Alert
      severity="warning"
      action={
        canEdit ? (
          <Button component={Link} to={settingsPath} color="inherit" size="small">
            {t.centreFix}
          </Button>
        ) : undefined
      }
    >
      {t.centreMissing(missing)} {!canEdit && t.centreAsk(centreFr.screen.title)}
    </Alert>
  );
}
