import { roundForDisplay, type DisplayRounding } from '../../../../shared/domain/marks/rounding';
import { reportCardsFr as t } from '../../../../shared/i18n/fr/report-cards';
import { FONT } from '../fonts';
import { COLOURS, type Pdf } from '../pdf';
import { singleLine, wrapped, wrappedHeight } from '../text';
import type { CardRow, CardValue, ReportCardData } from './data';

/**
 * The marks table of a report card: a row per subject (or unit), growing with its wrapped
 * appreciation; when a row does not fit, the table goes on on the next page under its header
 * again. The general average closes it.
 */

const PAD = 3.5;
const HEADER_HEIGHT = 17;
const MIN_ROW = 17;
const SIZE = { label: 8.5, figure: 8.5, appreciation: 8, header: 8 };
/** Shares of the width; the appreciation takes what is left. */
const SHARES = { label: 0.245, learner: 0.1, classAverage: 0.08, min: 0.068, max: 0.068, coefficient: 0.06 };
type Key = keyof typeof SHARES | 'appreciation';
const KEYS: Key[] = ['label', 'learner', 'classAverage', 'min', 'max', 'coefficient', 'appreciation'];

interface Column {
  x: number;
  width: number;
}
type Columns = Record<Key, Column>;

function columns(pdf: Pdf): Columns {
  const { left, width } = pdf.box;
  let x = left;
  const out = {} as Columns;
  for (const key of KEYS) {
    const w = key === 'appreciation' ? left + width - x : width * SHARES[key];
    out[key] = { x, width: w };
    x += w;
  }
  return out;
}

/** "12,50", "12,50*" while provisional, "—" without a value. */
export function shown(value: number | null, rounding: DisplayRounding, provisional = false): string {
  if (value === null) return provisional ? `${t.noValue}${t.provisionalMark}` : t.noValue;
  return `${roundForDisplay(value, rounding)}${provisional ? t.provisionalMark : ''}`;
}

function headerTitles(card: ReportCardData): Record<Key, string> {
  const c = t.columns;
  return {
    label: card.rowKind === 'units' ? c.unit : c.subject,
    learner: c.learner,
    classAverage: c.classAverage,
    min: c.min,
    max: c.max,
    coefficient: c.coefficient,
    appreciation: c.appreciation,
  };
}

function drawHeader(pdf: Pdf, cols: Columns, card: ReportCardData, y: number): number {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  doc.rect(left, y, width, HEADER_HEIGHT).fill(COLOURS.fill);
  pdf.font(FONT.bold, SIZE.header);
  const titles = headerTitles(card);
  for (const key of KEYS) {
    const numeric = key !== 'label' && key !== 'appreciation';
    singleLine(
      pdf,
      titles[key],
      cols[key].x + PAD,
      y + 5,
      cols[key].width - 2 * PAD,
      numeric ? 'center' : 'left',
    );
  }
  doc.lineWidth(0.5).strokeColor(COLOURS.rule).rect(left, y, width, HEADER_HEIGHT).stroke();
  return y + HEADER_HEIGHT;
}

interface Line {
  label: string;
  learner: CardValue;
  class: CardRow['class'];
  coefficient: number | null;
  appreciation: string | null;
  bold: boolean;
}

function rowHeight(pdf: Pdf, cols: Columns, line: Line): number {
  pdf.font(line.bold ? FONT.bold : FONT.regular, SIZE.label);
  const label = wrappedHeight(pdf, line.label, cols.label.width - 2 * PAD);
  pdf.font(FONT.regular, SIZE.appreciation);
  const text = line.appreciation
    ? wrappedHeight(pdf, line.appreciation, cols.appreciation.width - 2 * PAD)
    : 0;
  return Math.max(MIN_ROW, Math.ceil(Math.max(label, text) + 2 * PAD + 1));
}

function drawLine(pdf: Pdf, cols: Columns, line: Line, y: number, height: number, rounding: DisplayRounding) {
  const { doc } = pdf;
  const { left, width } = pdf.box;
  if (line.bold) doc.rect(left, y, width, height).fill(COLOURS.fill);
  pdf.font(line.bold ? FONT.bold : FONT.regular, SIZE.label);
  wrapped(pdf, line.label, cols.label.x + PAD, y + PAD + 1, cols.label.width - 2 * PAD);
  const figures: [Key, string][] = [
    ['learner', shown(line.learner.value, rounding, line.learner.provisional)],
    ['classAverage', shown(line.class.average, rounding)],
    ['min', shown(line.class.min, rounding)],
    ['max', shown(line.class.max, rounding)],
    ['coefficient', line.coefficient === null ? '' : t.coefficient(line.coefficient)],
  ];
  for (const [key, text] of figures) {
    pdf.font(key === 'learner' || line.bold ? FONT.bold : FONT.regular, SIZE.figure);
    singleLine(pdf, text, cols[key].x + 1, y + PAD + 1, cols[key].width - 2, 'center');
  }
  if (line.appreciation) {
    pdf.font(FONT.regular, SIZE.appreciation);
    wrapped(
      pdf,
      line.appreciation,
      cols.appreciation.x + PAD,
      y + PAD + 1,
      cols.appreciation.width - 2 * PAD,
    );
  }
  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  doc.rect(left, y, width, height).stroke();
  for (const key of KEYS.slice(1))
    doc
      .moveTo(cols[key].x, y)
      .lineTo(cols[key].x, y + height)
      .stroke();
}

/**
 * Draws the table from `top` on; `continued` draws the top of a following page and returns
 * where the table goes on. Returns the y under the table.
 */
export function drawMarksTable(pdf: Pdf, card: ReportCardData, top: number, continued: () => number): number {
  const cols = columns(pdf);
  const lines: Line[] = card.rows.map((row) => ({ ...row, bold: false }));
  lines.push({
    label: t.general,
    learner: card.general.learner,
    class: card.general.class,
    coefficient: null,
    appreciation: null,
    bold: true,
  });
  let y = drawHeader(pdf, cols, card, top);
  for (const line of lines) {
    const height = rowHeight(pdf, cols, line);
    if (y + height > pdf.box.bottom) {
      pdf.addPage();
      y = drawHeader(pdf, cols, card, continued());
    }
    drawLine(pdf, cols, line, y, height, card.rounding);
    y += height;
  }
  return y;
}
