import ArchiveIcon from '@mui/icons-material/Inventory2Outlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';
import type { BatchView } from './useBatchJob';

function Progress({ done, total, note }: { done: number; total: number; note?: string }) {
  const value = total > 0 ? (done / total) * 100 : 0;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <LinearProgress
        variant={total > 0 ? 'determinate' : 'indeterminate'}
        value={value}
        aria-label={t.progressLabel}
        aria-valuetext={t.progress(done, total)}
        sx={{ flex: 1, height: 8, borderRadius: 1 }}
      />
      <Typography variant="body2" sx={{ minWidth: 72, fontVariantNumeric: 'tabular-nums' }}>
        {note ?? t.progress(done, total)}
      </Typography>
    </Box>
  );
}

/**
 * The batch under way: its progress "12 / 30" and "Annuler", then what came of it. A finished
 * batch keeps its full bar beside the confirmation, so the count stays readable.
 */
export function JobPanel(props: { view: BatchView; onCancel(): void; onOpenArchive(): void }) {
  const box = useRef<HTMLDivElement>(null);
  // The panel appears under the form's buttons: brought into view when the batch changes state.
  const phase = props.view.phase;
  useEffect(() => {
    if (phase !== 'idle') box.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [phase]);
  return (
    <Box ref={box} sx={{ scrollMarginBottom: 24 }}>
      <PanelContent {...props} />
    </Box>
  );
}

function PanelContent({
  view,
  onCancel,
  onOpenArchive,
}: {
  view: BatchView;
  onCancel(): void;
  onOpenArchive(): void;
}) {
  if (view.phase === 'idle') return null;
  if (view.phase === 'cancelled') return <Alert severity="info">{t.cancelled}</Alert>;
  if (view.phase === 'failed') return <Alert severity="error">{view.message}</Alert>;

  if (view.phase === 'done') {
    const { issued } = view;
    return (
      <Box role="status" sx={{ display: 'grid', gap: 1.5 }}>
        <Progress done={view.total} total={view.total} />
        <Alert
          severity="success"
          action={
            <Button color="inherit" size="small" startIcon={<ArchiveIcon />} onClick={onOpenArchive}>
              {t.openArchive}
            </Button>
          }
        >
          <div>{t.generated(issued.kind, issued.learners.length, issued.pageCount, issued.version)}</div>
          <Typography variant="body2">{t.savedAs(view.fileName)}</Typography>
        </Alert>
      </Box>
    );
  }

  const running = view.phase === 'running' ? view : null;
  const total = view.phase === 'starting' ? 0 : view.total;
  const note =
    view.phase === 'starting' ? t.starting : view.phase === 'collecting' ? t.collecting : undefined;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <Box sx={{ flex: 1 }}>
        <Progress done={running ? running.done : total} total={total} note={note} />
      </Box>
      {view.phase !== 'collecting' && (
        <Button variant="outlined" color="warning" onClick={onCancel}>
          {t.cancel}
        </Button>
      )}
    </Box>
  );
}
