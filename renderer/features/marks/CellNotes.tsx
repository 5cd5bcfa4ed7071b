import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Popper from '@mui/material/Popper';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { cellDescriptionId } from './display';
import type { CellDraft } from './sheet-state';

function describe(draft: CellDraft): string {
  switch (draft.status) {
    case 'invalid':
      return t.cellInvalid(draft.message ?? '');
    case 'error':
      return t.cellError(draft.message ?? '');
    case 'conflict':
      return t.cellConflict(draft.message ?? '', draft.text);
    case 'saving':
      return t.cellSaving;
    case 'saved':
      return t.cellSaved;
  }
}

/**
 * What screen readers hear after a cell's value (its aria-describedby): refused and why, the
 * save error, saving, saved. Kept out of the table so the cells' own text stays just the mark.
 */
export function CellDescriptions({
  gridId,
  drafts,
}: {
  gridId: string;
  drafts: readonly { row: number; col: number; draft: CellDraft }[];
}) {
  return (
    <div hidden>
      {drafts.map(({ row, col, draft }) => (
        <span key={`${row}-${col}`} id={cellDescriptionId(gridId, row, col)}>
          {describe(draft)}
        </span>
      ))}
    </div>
  );
}

/**
 * The reason a value was refused (or its save failed), shown under the active cell in red
 * (Popper is role="tooltip"); after a conflict, in amber, with what was typed.
 */
export function ActiveCellTooltip({
  anchorId,
  draft,
  hidden,
}: {
  anchorId: string;
  draft: CellDraft | null;
  hidden: boolean;
}) {
  const conflict = draft?.status === 'conflict';
  const problem = !!draft && (draft.status === 'invalid' || draft.status === 'error' || conflict);
  return (
    <Popper
      open={problem && !hidden}
      anchorEl={() => document.getElementById(anchorId)!}
      placement="bottom-start"
      sx={{ zIndex: 5, pointerEvents: 'none' }}
    >
      <Paper
        elevation={3}
        sx={{
          mt: 0.5,
          px: 1.25,
          py: 0.75,
          maxWidth: 320,
          fontSize: 12.5,
          bgcolor: conflict ? 'warning.light' : 'error.main',
          color: conflict ? 'text.primary' : 'error.contrastText',
        }}
      >
        {draft?.message}
        {conflict && <Box sx={{ mt: 0.5, fontWeight: 600 }}>{t.conflictTip(draft.text)}</Box>}
      </Paper>
    </Popper>
  );
}
