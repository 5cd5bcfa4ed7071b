import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import { useEffect, useState } from 'react';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { useQuery } from '../../hooks/useQuery';
import { LedgerTable } from './LedgerTable';

/** The ledger beside the grid (wide screens), read again after every change (`version`). */
export function LedgerSide({ groupId, version }: { groupId: number; version: number }) {
  const [open, setOpen] = useState(true);
  const ledger = useQuery('planning.ledger', { groupId });
  const { reload } = ledger;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);

  return (
    <Paper variant="outlined" sx={{ width: open ? 360 : 'auto', flexShrink: 0, alignSelf: 'flex-start' }}>
      <Box sx={{ p: 1 }}>
        <Button
          size="small"
          aria-expanded={open}
          endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          onClick={() => setOpen((o) => !o)}
          aria-label={open ? t.ledgerHide : t.ledgerShow}
        >
          {t.ledgerTitle}
        </Button>
      </Box>
      <Collapse in={open}>
        {ledger.error && <Alert severity="error">{ledger.error}</Alert>}
        {ledger.data && <LedgerTable ledger={ledger.data} compact />}
      </Collapse>
    </Paper>
  );
}
