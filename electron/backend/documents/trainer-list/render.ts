import { printsFr } from '../../../../shared/i18n/fr/prints';
import { printedName } from '../attendance/sheet';
import { drawCentreHeader } from '../centre-header';
import { FONT } from '../fonts';
import { COLOURS, Pdf } from '../pdf';
import { drawTable, type Cell, type TableColumn } from '../roster/table';
import { drawContinuedLine, drawPrintTitle } from '../roster/title';
import type { TrainerLine, TrainerListPrint } from './trainer-list';

const t = printsFr.trainers;
const c = t.columns;
const NONE = '—';

const COLUMNS: TableColumn[] = [
  { header: c.trainer, share: 0.2 },
  { header: c.subjects, share: 0.3 },
  { header: c.groups, share: 0.13 },
  { header: c.email, share: 0.23 },
  { header: c.phone, share: 0.14 },
];

function row(line: TrainerLine): Cell[] {
  return [
    [{ text: printedName(line), style: 'bold' }],
    line.subjects.map((text) => ({ text })),
    [{ text: line.groups.join(', ') }],
    [{ text: line.email ?? NONE, style: line.email ? undefined : 'muted' }],
    [{ text: line.phone ?? NONE, style: line.phone ? undefined : 'muted' }],
  ];
}

/**
 * The trainers of a cohort, A4 portrait: the centre's header, the cohort and its dates, then a
 * row per trainer with the subjects and groups they teach and how to reach them.
 */
export function renderTrainerListPdf(print: TrainerListPrint): Promise<Buffer> {
  const pdf = new Pdf({
    layout: 'portrait',
    title: t.documentTitle(print.cohortName),
    printedOn: print.printedOn,
  });
  const top = drawPrintTitle(
    pdf,
    drawCentreHeader(pdf, print.centre),
    t.title,
    [t.subtitle(print.cohortName, print.programmeTitle), t.dates(print.startDate, print.endDate)],
    t.count(print.trainers.length),
  );
  if (print.trainers.length === 0) {
    pdf.font(FONT.italic, 10, COLOURS.muted);
    pdf.doc.text(t.empty, pdf.box.left, top, { width: pdf.box.width });
  } else {
    drawTable(pdf, COLUMNS, print.trainers.map(row), top, () =>
      drawContinuedLine(pdf, t.continued(print.cohortName)),
    );
  }
  return pdf.toBuffer();
}
