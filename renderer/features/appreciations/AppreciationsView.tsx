import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AppreciationRow as Row } from '../../../shared/api/appreciations';
import { appreciationsFr as t } from '../../../shared/i18n/fr/appreciations';
import { useQuery } from '../../hooks/useQuery';
import { AppreciationHistoryDialog } from './AppreciationHistoryDialog';
import { AppreciationRow } from './AppreciationRow';
import { usePhrases } from './usePhrases';

/**
 * The appreciations of a group for a period: one subject's (`subjectId`) or, with null, the
 * team's general ones. Each learner's row saves on its own; a read-only view says why.
 */
export function AppreciationsView({
  groupId,
  periodId,
  subjectId,
}: {
  groupId: number;
  periodId: number;
  /** Null: the general appreciations (managers write them, the others read). */
  subjectId: number | null;
}) {
  const query = useQuery(
    'appreciations.list',
    subjectId === null ? { groupId, periodId } : { groupId, periodId, subjectId },
  );
  const data = query.data;
  const bank = usePhrases(!!data?.canWrite);
  const [history, setHistory] = useState<Row | null>(null);

  if (query.error) return <Alert severity="error">{query.error}</Alert>;
  if (!data) return <CircularProgress aria-label={t.loading} />;
  const title = t.listLabel(data.subjectName ?? t.general);

  return (
    <>
      {data.closed ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.closedBanner(data.periodName, data.closed.byName, data.closed.at)}
        </Alert>
      ) : (
        data.cannotWriteReason && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {data.cannotWriteReason}
          </Alert>
        )
      )}
      {data.rows.length === 0 && <Typography color="text.secondary">{t.noLearner}</Typography>}
      <Stack component="ul" spacing={1.5} aria-label={title} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {data.rows.map((row) => (
          <AppreciationRow
            // The answer's own key: a row's draft starts again when another list arrives.
            key={`${data.groupId}-${data.periodId}-${data.subjectId}-${row.learnerId}`}
            row={row}
            groupId={data.groupId}
            periodId={data.periodId}
            subjectId={data.subjectId}
            maxLength={data.maxLength}
            rounding={data.displayRounding}
            canWrite={data.canWrite}
            bank={bank}
            onHistory={setHistory}
          />
        ))}
      </Stack>
      {history && (
        <AppreciationHistoryDialog
          learnerId={history.learnerId}
          learnerName={`${history.firstName} ${history.surname}`}
          periodId={data.periodId}
          onClose={() => setHistory(null)}
        />
      )}
    </>
  );
}
