import type { FileDownload } from '../../../../shared/api/fields';
import { byPersonName } from '../../../../shared/format/sort';
import { accessRouteLabelsFr, fundingLabelsFr } from '../../../../shared/i18n/fr/learners';
import { printsFr as t } from '../../../../shared/i18n/fr/prints';
import type { HandlerContext } from '../../context';
import { renderRosterPdf } from '../../documents/roster/render';
import type { RosterPrint } from '../../documents/roster/roster';
import { safeFileName } from '../../file-names';
import { programmeTitle } from '../absences/print-repository';
import { readCentreForPrint } from '../centre/identity';
import { isoDay } from '../cohorts/dates';
import { groupFacts } from '../cohorts/membership';
import { rosterLearners, type RosterLearnerRow } from './repository';

function route(row: RosterLearnerRow): string {
  const label = accessRouteLabelsFr[row.accessRoute as keyof typeof accessRouteLabelsFr] ?? row.accessRoute;
  const funding = row.funding
    ? (fundingLabelsFr[row.funding as keyof typeof fundingLabelsFr] ?? row.funding)
    : null;
  return t.roster.route(label, funding);
}

/** What a group's printed roster shows, read in the call's transaction; the date defaults to today. */
export function readRosterPrint(
  { db, now }: HandlerContext,
  { groupId, date }: { groupId: number; date?: string | undefined },
): RosterPrint {
  const group = groupFacts(db, groupId);
  const today = isoDay(now);
  const on = date ?? today;
  return {
    centre: readCentreForPrint(db),
    cohortName: group.cohort_name,
    groupName: group.name,
    programmeTitle: programmeTitle(db, group.cohort_id),
    date: on,
    learners: rosterLearners(db, groupId, on)
      .sort(byPersonName)
      .map((row) => ({ ...row, route: route(row) })),
    printedOn: today,
  };
}

export async function rosterPdf(print: RosterPrint): Promise<FileDownload> {
  const pdf = await renderRosterPdf(print);
  return {
    fileName: safeFileName(t.roster.fileName(print.cohortName, print.groupName, print.date), 'pdf'),
    mimeType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}
