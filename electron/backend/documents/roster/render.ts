import { formatDateShort } from '../../../../shared/format/fr';
import { printsFr } from '../../../../shared/i18n/fr/prints';
import { printedName } from '../attendance/sheet';
import { drawCentreHeader } from '../centre-header';
import { FONT } from '../fonts';
import { COLOURS, Pdf } from '../pdf';
import type { RosterLine, RosterPrint } from './roster';
import { drawTable, type Cell, type CellLine, type TableColumn } from './table';
import { drawContinuedLine, drawPrintTitle } from './title';

const t = printsFr.roster;
const c = t.columns;
const NONE = '—';

const COLUMNS: TableColumn[] = [
  { header: c.number, share: 0.04, align: 'right' },
  { header: c.learner, share: 0.17 },
  // Wide enough for "17/04/2005" and "professionnalisation" unbroken at 8.5 pt.
  { header: c.birthDate, share: 0.1 },
  { header: c.route, share: 0.165 },
  { header: c.employer, share: 0.165 },
  { header: c.tutor, share: 0.16 },
  { header: c.contact, share: 0.2 },
];

const lines = (...texts: (string | null)[]): CellLine[] =>
  texts.filter((text): text is string => !!text).map((text) => ({ text }));
const orNone = (cell: CellLine[]): Cell => (cell.length > 0 ? cell : [{ text: NONE, style: 'muted' }]);

function row(line: RosterLine, index: number): Cell[] {
  const tutorContact = [line.tutorPhone, line.tutorEmail].filter(Boolean).map((text) => ({
    text: text!,
    style: 'muted' as const,
  }));
  return [
    [{ text: String(index + 1) }],
    [{ text: printedName(line), style: 'bold' }],
    [{ text: line.birthDate ? formatDateShort(line.birthDate) : NONE }],
    [{ text: line.route }],
    orNone(lines(line.employerName)),
    line.tutorName ? [{ text: line.tutorName }, ...tutorContact] : orNone(tutorContact),
    orNone(lines(line.email, line.phone)),
  ];
}

/**
 * A group's roster on a date, A4 portrait: the centre's header, the group and the date, then a
 * row per learner in alphabetical order. Past a page, the table header is repeated.
 */
export function renderRosterPdf(print: RosterPrint): Promise<Buffer> {
  const pdf = new Pdf({
    layout: 'portrait',
    title: t.documentTitle(print.cohortName, print.groupName),
    printedOn: print.printedOn,
  });
  const top = drawPrintTitle(
    pdf,
    drawCentreHeader(pdf, print.centre),
    t.title,
    [t.subtitle(print.cohortName, print.groupName, print.programmeTitle), t.onDate(print.date)],
    t.count(print.learners.length),
  );
  if (print.learners.length === 0) {
    pdf.font(FONT.italic, 10, COLOURS.muted);
    pdf.doc.text(t.empty, pdf.box.left, top, { width: pdf.box.width });
  } else {
    drawTable(pdf, COLUMNS, print.learners.map(row), top, () =>
      drawContinuedLine(pdf, t.continued(print.cohortName, print.groupName)),
    );
  }
  return pdf.toBuffer();
}
