import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { Evaluation } from '../../../shared/api/marks';
import type { DisplayRounding } from '../../../shared/domain/marks';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { cellDescriptionId, cellId, learnerName, shown } from './display';
import type { EditMode } from './grid-keys';
import { type SheetRow, shownText } from './sheet-state';

/** The editor of the active cell, when one is open. */
export interface CellEditing {
  mode: EditMode;
  text: string;
}

interface GridRowProps {
  gridId: string;
  index: number;
  row: SheetRow;
  evaluations: readonly Evaluation[];
  readOnly: boolean;
  rounding: DisplayRounding;
  /** The active column when the active cell is in this row, else -1. */
  activeCol: number;
  /** The selected columns when this row is in the selection, else -1 / -2. */
  selLeft: number;
  selRight: number;
  /** Only for the active row. */
  editing: CellEditing | null;
  onEditText(text: string): void;
  onEditorBlur(): void;
}

const CODE_CLASS: Record<string, string> = {
  ABS: 'code-abs',
  ABJ: 'code-neutral',
  DISP: 'code-neutral',
  NN: 'code-nn',
};

/**
 * One learner's row: plain table cells with class names (no per-cell component or style
 * object), re-rendered only when its own cells, its average or the cursor in it change.
 */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { gridId, index, row, evaluations, readOnly, rounding, activeCol, selLeft, selRight, editing } =
    props;
  const name = learnerName(row.learner);
  const period = row.average?.period;
  const year = row.average?.year;

  return (
    <tr>
      <th scope="row" className="learner">
        <span className="learner-name">{name}</span>
        {(row.learner.joinedOn || row.learner.leftOn) && (
          <span className="learner-note">
            {row.learner.joinedOn && t.joinedOn(row.learner.joinedOn)}
            {row.learner.joinedOn && row.learner.leftOn && ' · '}
            {row.learner.leftOn && t.leftOn(row.learner.leftOn)}
          </span>
        )}
      </th>
      {evaluations.map((evaluation, col) => {
        const draft = row.drafts[col];
        const text = shownText(row, col);
        const problem =
          draft?.status === 'invalid' || draft?.status === 'error' || draft?.status === 'conflict';
        const active = col === activeCol;
        const classes = ['cell'];
        if (col >= selLeft && col <= selRight) classes.push('sel');
        if (active) classes.push('active');
        if (draft) classes.push(draft.status);
        const code = CODE_CLASS[text];
        if (code) classes.push(code);
        return (
          <td
            key={evaluation.id}
            id={cellId(gridId, index, col)}
            role="gridcell"
            className={classes.join(' ')}
            data-row={index}
            data-col={col}
            tabIndex={active ? 0 : -1}
            aria-selected={col >= selLeft && col <= selRight}
            aria-readonly={readOnly || undefined}
            aria-invalid={problem || undefined}
            aria-busy={draft?.status === 'saving' || undefined}
            title={problem ? (draft.message ?? undefined) : undefined}
            aria-describedby={draft ? cellDescriptionId(gridId, index, col) : undefined}
          >
            {active && editing ? (
              <CellEditor
                label={t.cellOf(evaluation.title, name)}
                editing={editing}
                invalid={draft?.status === 'invalid'}
                onText={props.onEditText}
                onBlur={props.onEditorBlur}
              />
            ) : (
              text
            )}
          </td>
        );
      })}
      <td className={`average period${period?.provisional ? ' provisional' : ''}`}>
        {shown(period?.value, rounding)}
        {period?.provisional && (
          <span className="prov" title={t.provisionalHelp(period.pending)}>
            {t.provisional}
          </span>
        )}
      </td>
      <td className={`average year${year?.provisional ? ' provisional' : ''}`}>
        {shown(year?.value, rounding)}
      </td>
    </tr>
  );
});

function CellEditor({
  label,
  editing,
  invalid,
  onText,
  onBlur,
}: {
  label: string;
  editing: CellEditing;
  invalid: boolean;
  onText(text: string): void;
  onBlur(): void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const mode = editing.mode;
  // Focus once, caret at the end: typing replaced the value, F2 keeps it to be corrected.
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [mode]);
  const change = useCallback((e: React.ChangeEvent<HTMLInputElement>) => onText(e.target.value), [onText]);
  return (
    <input
      ref={ref}
      className="editor"
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={editing.text}
      onChange={change}
      onBlur={onBlur}
      autoComplete="off"
      spellCheck={false}
      maxLength={50}
    />
  );
}
