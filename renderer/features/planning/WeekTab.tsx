import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import ViewWeekIcon from '@mui/icons-material/ViewWeek';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useCallback, useEffect, useState } from 'react';
import type { SessionView } from '../../../shared/api/planning';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { useQuery } from '../../hooks/useQuery';
import { ApplyPatternDialog } from './ApplyPatternDialog';
import { CopyWeekDialog } from './CopyWeekDialog';
import { DuplicateDialog } from './DuplicateDialog';
import { Feedback, type FeedbackMessage } from './Feedback';
import { LedgerSide } from './LedgerSide';
import { SessionDialog, type SessionTarget } from './SessionDialog';
import { useGridActions } from './useGridActions';
import type { References } from './useReferences';
import type { PlanningView } from './usePlanningUrl';
import { WeekGrid } from './WeekGrid';

type Open =
  | { kind: 'none' }
  | { kind: 'session'; target: SessionTarget }
  | { kind: 'duplicate'; session: SessionView }
  | { kind: 'copyWeek' }
  | { kind: 'pattern' };

/**
 * The week of a group, trainer or room. On a group's week managers create, edit, move and copy
 * sessions and use the week templates; on a trainer's or a room's week they open sessions only.
 */
export function WeekTab({
  view,
  id,
  label,
  weekStart,
  refs,
  canManage,
}: {
  view: PlanningView;
  id: number;
  label: string;
  weekStart: string;
  refs: References;
  canManage: boolean;
}) {
  const week = useQuery('planning.week', { view, id, weekStart });
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [version, setVersion] = useState(0);
  const { reload } = week;
  const changed = useCallback(() => {
    reload();
    setVersion((v) => v + 1);
  }, [reload]);
  const actions = useGridActions(changed);
  const { landed } = actions;
  useEffect(() => landed(), [week.data, landed]);
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('xl'));

  const isGroup = view === 'group';
  const editable = canManage && isGroup;
  const close = (done: FeedbackMessage | null) => {
    setOpen({ kind: 'none' });
    if (done) {
      actions.setFeedback(done);
      changed();
    }
  };

  if (week.error && !week.data) return <Alert severity="error">{week.error}</Alert>;
  if (!week.data) return <CircularProgress aria-label={t.gridLabel(label)} />;
  const data = week.data;

  return (
    <>
      {editable && (
        <Box sx={{ display: 'flex', gap: 1, mb: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
          <Button
            variant="outlined"
            startIcon={<ContentCopyIcon />}
            onClick={() => setOpen({ kind: 'copyWeek' })}
          >
            {t.copyWeek}
          </Button>
          <Button
            variant="outlined"
            startIcon={<ViewWeekIcon />}
            onClick={() => setOpen({ kind: 'pattern' })}
          >
            {t.applyPattern}
          </Button>
          <Typography variant="caption" color="text.secondary" sx={{ flex: 1, minWidth: 260 }}>
            {t.keyboardHelp}
          </Typography>
        </Box>
      )}
      {week.error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {week.error}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <WeekGrid
            label={t.gridLabel(label)}
            week={data}
            sessions={actions.placed(data.sessions)}
            handlers={{
              editable,
              openable: canManage,
              showGroup: !isGroup,
              onCreate: (date, slot) =>
                setOpen({ kind: 'session', target: { kind: 'create', groupId: id, date, slot } }),
              onOpen: (session) => setOpen({ kind: 'session', target: { kind: 'edit', session } }),
              onPaste: (date, slot) => void actions.paste({ date, slot }),
            }}
            onMove={(session, to) => void actions.move(session, to)}
            onCopy={actions.copy}
          />
        </Box>
        {isGroup && wide && <LedgerSide groupId={id} version={version} />}
      </Box>

      {open.kind === 'session' && (
        <SessionDialog
          target={open.target}
          refs={refs}
          onClose={close}
          onDuplicate={(session) => setOpen({ kind: 'duplicate', session })}
        />
      )}
      {open.kind === 'duplicate' && <DuplicateDialog session={open.session} onClose={close} />}
      {open.kind === 'copyWeek' && <CopyWeekDialog groupId={id} weekStart={data.weekStart} onClose={close} />}
      {open.kind === 'pattern' && (
        <ApplyPatternDialog
          groupId={id}
          weekStart={data.weekStart}
          sessions={data.sessions}
          refs={refs}
          onClose={close}
        />
      )}
      <Feedback message={actions.feedback} onClose={() => actions.setFeedback(null)} />
    </>
  );
}
