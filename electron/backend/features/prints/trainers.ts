import type { FileDownload } from '../../../../shared/api/fields';
import { byPersonName, compareFrench } from '../../../../shared/format/sort';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { printsFr as t } from '../../../../shared/i18n/fr/prints';
import type { HandlerContext } from '../../context';
import { renderTrainerListPdf } from '../../documents/trainer-list/render';
import type { TrainerLine, TrainerListPrint } from '../../documents/trainer-list/trainer-list';
import { notFound } from '../../errors';
import { safeFileName } from '../../file-names';
import { readCentreForPrint } from '../centre/identity';
import { isoDay } from '../cohorts/dates';
import { cohortFacts, cohortTeaching, type TeachingRow } from './repository';

/** One line per trainer: their subjects in programme order, their groups in French order. */
export function trainerLines(rows: readonly TeachingRow[]): TrainerLine[] {
  const byTrainer = new Map<number, { line: TrainerLine; subjects: Map<string, number> }>();
  for (const row of rows) {
    let entry = byTrainer.get(row.trainerId);
    if (!entry) {
      const { surname, firstName, email, phone } = row;
      entry = { line: { surname, firstName, email, phone, subjects: [], groups: [] }, subjects: new Map() };
      byTrainer.set(row.trainerId, entry);
    }
    entry.subjects.set(row.subjectName, row.subjectPosition);
    if (!entry.line.groups.includes(row.groupName)) entry.line.groups.push(row.groupName);
  }
  return [...byTrainer.values()]
    .map(({ line, subjects }) => ({
      ...line,
      subjects: [...subjects].sort((a, b) => a[1] - b[1] || compareFrench(a[0], b[0])).map(([name]) => name),
      groups: line.groups.sort(compareFrench),
    }))
    .sort(byPersonName);
}

/** What a cohort's printed trainer list shows, read in the call's transaction. */
export function readTrainerListPrint({ db, now }: HandlerContext, cohortId: number): TrainerListPrint {
  const cohort = cohortFacts(db, cohortId);
  if (!cohort) throw notFound(cohortRulesFr.cohortNotFound);
  return {
    centre: readCentreForPrint(db),
    cohortName: cohort.name,
    programmeTitle: cohort.programmeTitle,
    startDate: cohort.startDate,
    endDate: cohort.endDate,
    trainers: trainerLines(cohortTeaching(db, cohortId)),
    printedOn: isoDay(now),
  };
}

export async function trainerListPdf(print: TrainerListPrint): Promise<FileDownload> {
  const pdf = await renderTrainerListPdf(print);
  return {
    fileName: safeFileName(t.trainers.fileName(print.cohortName), 'pdf'),
    mimeType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}
