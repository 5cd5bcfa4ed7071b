import { byPersonName, compareFrench } from '../../../../shared/format/sort';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { exportFr as t } from '../../../../shared/i18n/fr/imports';
import {
  accessRouteLabelsFr,
  fundingLabelsFr,
  learnerStatusLabelsFr,
} from '../../../../shared/i18n/fr/learners';
import type { Db } from '../../db/open';
import { notFound } from '../../errors';
import { safeFileName } from '../../file-names';
import { groupFacts } from '../cohorts/membership';
import { cohortGroups, cohortLearners, cohortName, groupMembers, type ExportedLearner } from './repository';
import type { Column, Sheet, WorkbookPlan } from './workbook-write';

/**
 * XLSX lists of a group and of a cohort, sorted by name, with French labels: read here inside the
 * transaction, written to XLSX after it (workbook-write.ts).
 */

const c = t.columns;
type Field = { column: Column; value: (l: ExportedLearner) => string | null };
const FIELDS = {
  surname: { column: { header: c.surname, width: 22 }, value: (l) => l.surname },
  firstName: { column: { header: c.firstName, width: 18 }, value: (l) => l.firstName },
  group: { column: { header: c.group, width: 14 }, value: (l) => l.groupName },
  birthDate: { column: { header: c.birthDate, width: 18, date: true }, value: (l) => l.birthDate },
  email: { column: { header: c.email, width: 30 }, value: (l) => l.email },
  phone: { column: { header: c.phone, width: 16 }, value: (l) => l.phone },
  accessRoute: {
    column: { header: c.accessRoute, width: 30 },
    value: (l) => accessRouteLabelsFr[l.accessRoute as keyof typeof accessRouteLabelsFr] ?? l.accessRoute,
  },
  funding: {
    column: { header: c.funding, width: 24 },
    value: (l) =>
      l.funding ? (fundingLabelsFr[l.funding as keyof typeof fundingLabelsFr] ?? l.funding) : null,
  },
  employerName: { column: { header: c.employerName, width: 28 }, value: (l) => l.employerName },
  tutorName: { column: { header: c.tutorName, width: 22 }, value: (l) => l.tutorName },
  status: {
    column: { header: c.status, width: 14 },
    value: (l) => learnerStatusLabelsFr[l.status as keyof typeof learnerStatusLabelsFr] ?? l.status,
  },
} satisfies Record<string, Field>;

const LIST: readonly Field[] = [
  FIELDS.surname,
  FIELDS.firstName,
  FIELDS.birthDate,
  FIELDS.email,
  FIELDS.phone,
  FIELDS.accessRoute,
  FIELDS.employerName,
];
const ROSTER: readonly Field[] = [
  FIELDS.surname,
  FIELDS.firstName,
  FIELDS.group,
  FIELDS.birthDate,
  FIELDS.email,
  FIELDS.phone,
  FIELDS.accessRoute,
  FIELDS.funding,
  FIELDS.employerName,
  FIELDS.tutorName,
  FIELDS.status,
];

function sheet(name: string, title: string, fields: readonly Field[], learners: ExportedLearner[]): Sheet {
  return {
    name,
    title,
    columns: fields.map((f) => f.column),
    rows: [...learners].sort(byPersonName).map((l) => fields.map((f) => f.value(l))),
  };
}

export function groupList(db: Db, groupId: number): WorkbookPlan {
  const group = groupFacts(db, groupId);
  const title = t.groupTitle(group.cohort_name, group.name);
  const members = groupMembers(db, groupId);
  return {
    fileName: safeFileName(t.groupFileName(group.cohort_name, group.name), 'xlsx'),
    title,
    sheets: [sheet(group.name, title, LIST, members)],
  };
}

export function cohortRoster(db: Db, cohortId: number): WorkbookPlan {
  const name = cohortName(db, cohortId);
  if (name === null) throw notFound(cohortRulesFr.cohortNotFound);
  const learners = cohortLearners(db, cohortId);
  const groups = cohortGroups(db, cohortId).sort((a, b) => compareFrench(a.name, b.name));
  const sheets = [sheet(t.rosterSheet, t.rosterTitle(name), ROSTER, learners)];
  for (const group of groups) {
    const members = learners.filter((l) => l.groupId === group.id);
    sheets.push(sheet(group.name, t.groupTitle(name, group.name), LIST, members));
  }
  const ungrouped = learners.filter((l) => l.groupId === null);
  if (ungrouped.length)
    sheets.push(sheet(t.ungroupedSheet, `${name} — ${t.ungroupedSheet}`, LIST, ungrouped));
  return { fileName: safeFileName(t.rosterFileName(name), 'xlsx'), title: t.rosterTitle(name), sheets };
}
