import { useCallback, useRef, useState } from 'react';
import type { SessionView } from '../../../shared/api/planning';
import type { Result } from '../../../shared/api/result';
import { planningScreenFr as t } from '../../../shared/i18n/fr/planning-screen';
import { call } from '../../api';
import type { Slot } from './display';
import type { FeedbackMessage } from './Feedback';

type Saved = { session: SessionView; warnings: { message: string }[] };
export type Place = { date: string; slot: Slot };

/** Success, with the backend's warnings when there are some (they are worth reading). */
export function savedMessage(saved: Saved, success: string): FeedbackMessage {
  const warnings = saved.warnings.map((w) => w.message);
  return warnings.length
    ? { severity: 'warning', text: t.savedWithWarnings(warnings) }
    : { severity: 'success', text: success };
}

/**
 * The grid's direct manipulations (drag and drop, Alt+arrows, Ctrl+C / Ctrl+V). A moved card
 * shows at once where it was dropped; if the backend refuses, it snaps back (the week is read
 * again) and the refusal is said. `changed` runs after every write (the week and ledger reload).
 */
export function useGridActions(changed: () => void) {
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [moving, setMoving] = useState<Map<number, Place>>(new Map());
  const [clipboard, setClipboard] = useState<SessionView | null>(null);
  // Versions this screen saved itself, so a second move before the week is read again is not
  // taken for someone else's change. Tokens only grow: the larger one is the latest.
  const saved = useRef(new Map<number, string>());

  const settle = useCallback(
    (result: Result<Saved>, success: string) => {
      setFeedback(
        result.ok ? savedMessage(result.value, success) : { severity: 'error', text: result.error.message },
      );
      changed();
    },
    [changed],
  );

  const move = useCallback(
    async (session: SessionView, to: Place) => {
      if (session.date === to.date && session.slot === to.slot) return;
      setMoving((m) => new Map(m).set(session.id, to));
      // The card stays where it was dropped until the week is read again (`landed`).
      // The version read with the card: a move over someone else's newer change is refused.
      const own = saved.current.get(session.id);
      const version = own && own > session.updatedAt ? own : session.updatedAt;
      const result = await call('sessions.move', {
        id: session.id,
        ...to,
        expectedUpdatedAt: version,
      });
      if (result.ok) saved.current.set(session.id, result.value.session.updatedAt);
      settle(result, t.moved);
    },
    [settle],
  );

  const copy = useCallback((session: SessionView) => {
    setClipboard(session);
    setFeedback({ severity: 'info', text: t.copied(session.subjectName) });
  }, []);

  const paste = useCallback(
    async (to: Place) => {
      if (!clipboard) return;
      settle(await call('sessions.duplicate', { id: clipboard.id, ...to }), t.duplicated);
    },
    [clipboard, settle],
  );

  /** Where each session shows: where it is, or where it is being moved to. */
  const placed = useCallback(
    (sessions: SessionView[]) =>
      sessions.map((s) => {
        const to = moving.get(s.id);
        return to ? { ...s, ...to } : s;
      }),
    [moving],
  );

  /** The week was read again: every card shows where the backend says it is. */
  const landed = useCallback(() => setMoving(new Map()), []);

  return { feedback, setFeedback, move, copy, paste, placed, landed, canPaste: !!clipboard };
}
