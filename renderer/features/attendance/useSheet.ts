import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttendanceSheet } from '../../../shared/api/attendance';
import type { Result } from '../../../shared/api/result';
import { call } from '../../api';
import type { Entry } from './row-state';

export type RowState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/**
 * A session's sheet and the changes made to it. Each change is sent at once; the calls go one
 * after the other so that the sheet shown is always the answer to the latest one (answers out of
 * order would bring back a state already changed). A refused change keeps its row's error.
 */
export function useSheet(sessionId: number) {
  const [sheet, setSheet] = useState<AttendanceSheet | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [rows, setRows] = useState<Record<number, RowState>>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    void call('attendance.sheet', { sessionId }).then((result) => {
      if (!current) return;
      if (result.ok) setSheet(result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [sessionId]);

  const markRows = useCallback((ids: number[], state: RowState) => {
    setRows((current) => {
      const next = { ...current };
      for (const id of ids) next[id] = state;
      return next;
    });
  }, []);

  /** Records some lines; resolves to whether the change was kept. */
  const record = useCallback(
    (entries: Entry[]): Promise<boolean> => {
      const ids = entries.map((e) => e.learnerId);
      markRows(ids, { kind: 'saving' });
      const done = queue.current.then(async () => {
        const result = await call('attendance.record', { sessionId, entries });
        if (result.ok) {
          setSheet(result.value);
          markRows(ids, { kind: 'saved' });
          return true;
        }
        markRows(ids, { kind: 'error', message: result.error.message });
        return false;
      });
      queue.current = done;
      return done;
    },
    [sessionId, markRows],
  );

  /** Any other change that answers with the sheet (signature, closing, reopening, scan). */
  const apply = useCallback(
    (change: () => Promise<Result<AttendanceSheet>>): Promise<Result<AttendanceSheet>> => {
      const done = queue.current.then(async () => {
        const result = await change();
        if (result.ok) setSheet(result.value);
        return result;
      });
      queue.current = done;
      return done;
    },
    [],
  );

  return { sheet, loadError, rows, record, apply };
}
