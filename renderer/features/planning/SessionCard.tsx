import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import type { SessionView } from '../../../shared/api/planning';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { ModalityIcon, subjectColor } from './display';

export const SESSION_DRAG_TYPE = 'application/x-carnet-session';

/** "Relation client et négociation-vente, Claire Dupont, salle 12" (the group first outside the group view). */
export function cardName(session: SessionView, showGroup: boolean): string {
  return t.cardName([
    session.subjectName,
    showGroup ? session.groupName : null,
    session.trainerName ?? t.noTrainer,
    session.roomName ? t.room(session.roomName) : t.modalityShort[session.modality],
  ]);
}

/**
 * One session in the grid: subject in its colour, trainer, room, modality, and a warning icon
 * whose tooltip lists the warnings. Focusable; managers open it with Enter or a click, drag it,
 * or move it with Alt+arrows (handled by `onKeyDown`).
 */
export function SessionCard({
  session,
  showGroup,
  draggable,
  onOpen,
  onKeyDown,
}: {
  session: SessionView;
  showGroup: boolean;
  draggable: boolean;
  onOpen: (() => void) | null;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}) {
  const color = subjectColor(session.subjectId);
  const warnings = session.warnings.map((w) => w.message);
  return (
    <Box
      role={onOpen ? 'button' : 'group'}
      tabIndex={0}
      aria-label={cardName(session, showGroup)}
      data-session-id={session.id}
      draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.setData(SESSION_DRAG_TYPE, String(session.id));
        e.dataTransfer.effectAllowed = 'copyMove';
      }}
      onClick={() => onOpen?.()}
      onKeyDown={(e) => {
        if (onOpen && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          onOpen();
        } else onKeyDown(e);
      }}
      sx={{
        borderLeft: `4px solid ${color}`,
        bgcolor: alpha(color, 0.1),
        borderRadius: 1,
        px: 1,
        py: 0.5,
        cursor: onOpen ? 'pointer' : 'default',
        textAlign: 'left',
        '&:focus-visible': { outline: `2px solid ${color}`, outlineOffset: 1 },
        '&:hover': onOpen ? { bgcolor: alpha(color, 0.18) } : undefined,
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, color, lineHeight: 1.25 }}>
        {session.subjectName}
      </Typography>
      {showGroup && (
        <Typography variant="caption" component="div">
          {session.cohortName} — {session.groupName}
        </Typography>
      )}
      <Typography variant="caption" component="div" color="text.secondary">
        {session.trainerName ?? t.noTrainer}
        {session.roomName ? ` · ${t.room(session.roomName)}` : ''}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.25 }}>
        <ModalityIcon modality={session.modality} fontSize="small" sx={{ color: 'text.secondary' }} />
        <Typography variant="caption" color="text.secondary">
          {t.modalityShort[session.modality]}
        </Typography>
        {warnings.length > 0 && (
          <Tooltip
            title={warnings.map((w) => (
              <div key={w}>{w}</div>
            ))}
          >
            <WarningAmberIcon
              fontSize="small"
              color="warning"
              titleAccess={`${t.warningsLabel} : ${warnings.join(' ')}`}
              sx={{ ml: 'auto' }}
            />
          </Tooltip>
        )}
      </Box>
    </Box>
  );
}
