import { alpha, styled } from '@mui/material/styles';

/** Widths the sticky columns rely on. */
export const LEARNER_WIDTH = 230;
export const MARK_WIDTH = 96;
export const AVERAGE_WIDTH = 92;

/**
 * The sheet's look, as one stylesheet on the table: cells are plain elements with class names,
 * so 1 200 of them cost no style computation in React. The learner column, the header, the
 * averages and the statistics stay in view while the sheet scrolls.
 */
export const SheetTable = styled('table')(({ theme }) => {
  const line = theme.palette.divider;
  const head = '#f4f6f9';
  const primary = theme.palette.primary.main;
  const red = theme.palette.error.main;
  const amber = theme.palette.warning.main;
  return {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: 13.5,
    fontVariantNumeric: 'tabular-nums',
    minWidth: '100%',
    '& th, & td': { borderBottom: `1px solid ${line}`, padding: 0, height: 34, boxSizing: 'border-box' },
    '& thead th': {
      position: 'sticky',
      top: 0,
      zIndex: 2,
      background: head,
      verticalAlign: 'bottom',
      textAlign: 'center',
      padding: '6px 6px 5px',
      borderBottom: `2px solid ${line}`,
      borderRight: `1px solid ${line}`,
      fontWeight: 400,
    },
    '& thead th.learner-head': { left: 0, zIndex: 4, textAlign: 'left', paddingLeft: 12 },
    '& .eval-title': {
      display: '-webkit-box',
      WebkitLineClamp: 2,
      WebkitBoxOrient: 'vertical',
      overflow: 'hidden',
      fontWeight: 600,
      fontSize: 13,
      lineHeight: 1.25,
      color: theme.palette.text.primary,
      background: 'none',
      border: 0,
      padding: 0,
      font: 'inherit',
      cursor: 'default',
      width: '100%',
    },
    '& button.eval-title': { cursor: 'pointer', fontWeight: 600 },
    '& button.eval-title:hover, & button.eval-title:focus-visible': {
      color: primary,
      textDecoration: 'underline',
    },
    '& .eval-meta': { display: 'block', fontSize: 11.5, color: theme.palette.text.secondary, marginTop: 2 },
    '& .eval-kind': {
      display: 'inline-block',
      fontSize: 10.5,
      lineHeight: '15px',
      padding: '0 5px',
      borderRadius: 3,
      marginBottom: 3,
      background: alpha(primary, 0.08),
      color: primary,
    },
    '& .eval-kind.mock_exam, & .eval-kind.ccf': {
      background: alpha(theme.palette.secondary.main, 0.12),
      color: theme.palette.secondary.dark,
    },

    '& th.learner': {
      position: 'sticky',
      left: 0,
      zIndex: 1,
      background: theme.palette.background.paper,
      textAlign: 'left',
      fontWeight: 400,
      padding: '0 10px 0 12px',
      borderRight: `2px solid ${line}`,
      width: LEARNER_WIDTH,
      minWidth: LEARNER_WIDTH,
      maxWidth: LEARNER_WIDTH,
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
    },
    '& .learner-name': { fontWeight: 500 },
    '& .learner-note': {
      display: 'block',
      fontSize: 11,
      color: theme.palette.text.secondary,
      lineHeight: 1.1,
    },
    '& tbody tr:hover th.learner, & tbody tr:hover td.cell:not(.sel):not(.invalid):not(.error):not(.conflict)':
      {
        background: '#f8fafc',
      },

    '& td.cell': {
      position: 'relative',
      width: MARK_WIDTH,
      minWidth: MARK_WIDTH,
      textAlign: 'center',
      borderRight: `1px solid ${line}`,
      cursor: 'cell',
      outline: 'none',
      userSelect: 'none',
      scrollMarginLeft: LEARNER_WIDTH + 4,
      scrollMarginRight: AVERAGE_WIDTH * 2 + 4,
      scrollMarginTop: 80,
      scrollMarginBottom: 150,
    },
    '& td.cell.sel': { background: alpha(primary, 0.09) },
    '& td.cell.active': { boxShadow: `inset 0 0 0 2px ${primary}` },
    '& td.cell.code-abs': { color: '#a3361b', fontWeight: 500 },
    '& td.cell.code-neutral': { color: theme.palette.text.secondary },
    '& td.cell.code-nn': { color: '#8a5a00', fontStyle: 'italic' },
    '& td.cell.invalid, & td.cell.error': {
      background: alpha(red, 0.1),
      color: red,
      fontWeight: 500,
      boxShadow: `inset 0 0 0 1px ${red}`,
    },
    '& td.cell.invalid.active, & td.cell.error.active': { boxShadow: `inset 0 0 0 2px ${red}` },
    // Someone else's value, shown in place of a typed one that was not saved (sheet-state.ts).
    '& td.cell.conflict': {
      background: alpha(amber, 0.16),
      fontWeight: 500,
      boxShadow: `inset 0 0 0 1px ${amber}`,
    },
    '& td.cell.conflict.active': { boxShadow: `inset 0 0 0 2px ${amber}` },
    '& td.cell.saving': { color: theme.palette.text.secondary },
    // The save state, in the cell's top-right corner: grey while saving, green once saved, red on
    // error, amber after a conflict.
    '& td.cell.saving::after, & td.cell.saved::after, & td.cell.error::after, & td.cell.conflict::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      borderStyle: 'solid',
      borderWidth: '0 7px 7px 0',
      borderColor: `transparent ${theme.palette.grey[400]} transparent transparent`,
    },
    '& td.cell.saved::after': { borderRightColor: theme.palette.success.main },
    '& td.cell.error::after': { borderRightColor: red },
    '& td.cell.conflict::after': { borderRightColor: amber },
    '& input.editor': {
      width: '100%',
      height: '100%',
      border: 0,
      outline: 'none',
      padding: '0 6px',
      textAlign: 'center',
      font: 'inherit',
      color: 'inherit',
      background: theme.palette.background.paper,
      boxShadow: `inset 0 0 0 2px ${primary}`,
    },
    '& input.editor[aria-invalid="true"]': { boxShadow: `inset 0 0 0 2px ${red}` },

    '& .average': {
      position: 'sticky',
      textAlign: 'center',
      width: AVERAGE_WIDTH,
      minWidth: AVERAGE_WIDTH,
      background: '#f3f6fa',
      fontWeight: 600,
      zIndex: 1,
    },
    '& .average.period': { right: AVERAGE_WIDTH, borderLeft: `2px solid ${line}` },
    '& .average.year': { right: 0, borderLeft: `1px solid ${line}`, fontWeight: 400 },
    '& thead th.average': { zIndex: 3, background: head, fontWeight: 600 },
    '& .average.provisional': { fontStyle: 'italic' },
    '& .prov': {
      marginLeft: 4,
      fontSize: 10.5,
      fontWeight: 400,
      color: '#8a5a00',
      cursor: 'help',
    },

    '& tfoot th, & tfoot td': {
      position: 'sticky',
      background: head,
      fontSize: 12.5,
      height: 28,
      zIndex: 1,
      borderBottom: 0,
    },
    '& tfoot tr:nth-of-type(1) > *': { bottom: 84, borderTop: `2px solid ${line}`, fontWeight: 600 },
    '& tfoot tr:nth-of-type(2) > *': { bottom: 56 },
    '& tfoot tr:nth-of-type(3) > *': { bottom: 28 },
    '& tfoot tr:nth-of-type(4) > *': { bottom: 0, color: theme.palette.text.secondary },
    '& tfoot th': {
      left: 0,
      zIndex: 3,
      textAlign: 'left',
      paddingLeft: 12,
      fontWeight: 500,
      borderRight: `2px solid ${line}`,
    },
    '& tfoot td': { textAlign: 'center', borderRight: `1px solid ${line}` },
    '& tfoot td.average': { zIndex: 3 },
  };
});
