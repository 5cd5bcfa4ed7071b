import { formatMarkEntry, type MarkEntry } from '../../../../shared/domain/marks/mark-input';
import { byPersonName } from '../../../../shared/format/sort';
import { marksFr } from '../../../../shared/i18n/fr/marks';
import { marksXlsxFr as t } from '../../../../shared/i18n/fr/marks-xlsx';
import type { Db } from '../../db/open';
import { AppError, conflict } from '../../errors';
import { safeFileName } from '../../file-names';
import { groupFacts } from '../cohorts/membership';
import { sheetEvaluations } from '../marks/evaluations-repository';
import { membersDuring } from '../marks/marks-repository';
import { existingPeriod } from '../marks/periods';
import { loadSheetFacts } from '../marks/sheet';
import type { BaselineCell } from './layout';
import { cellKey } from './layout';
import { evaluatedSubjects, sheetCellStates } from './repository';

/**
 * What an export holds, read inside the transaction (handlers' `run`); written to XLSX after it
 * (workbook-write.ts), since exceljs only writes asynchronously.
 */

export interface ExportSheet {
  name: string;
  title: string;
  evaluations: { id: number; title: string; date: string; coefficient: number; scale: number }[];
  learners: { id: number; surname: string; firstName: string; cells: MarkEntry[] }[];
}

export interface ExportPlan {
  fileName: string;
  title: string;
  exportedAt: string;
  groupId: number;
  periodId: number;
  sheets: ExportSheet[];
  baseline: BaselineCell[];
}

export function exportPlan(
  db: Db,
  input: { groupId: number; periodId: number; subjectId?: number | undefined },
  now: Date,
): ExportPlan {
  const { groupId, periodId } = input;
  const group = groupFacts(db, groupId);
  const subjectIds = input.subjectId ? [input.subjectId] : evaluatedSubjects(db, groupId, periodId);
  if (subjectIds.length === 0) {
    const period = existingPeriod(db, periodId);
    if (period.cohortId !== group.cohort_id) {
      const message = marksFr.periodNotOfCohort(period.name, group.name);
      throw new AppError('INVALID_INPUT', message, { periodId: message });
    }
    throw conflict(t.nothingToExport(group.name, period.name));
  }
  // Checks the group, the period and each subject fit together (refused with French messages).
  const allFacts = subjectIds.map((s) => loadSheetFacts(db, groupId, s, periodId));
  const first = allFacts[0]!;
  const { period, cohort } = first;

  const baseline: BaselineCell[] = [];
  const sheets = allFacts.map((facts): ExportSheet => {
    const subject = facts.subject;
    const evaluations = sheetEvaluations(db, groupId, subject.id, periodId);
    const states = new Map(
      sheetCellStates(db, groupId, subject.id, periodId).map((c) => [
        cellKey(c.evaluationId, c.learnerId),
        c,
      ]),
    );
    const learners = membersDuring(db, groupId, period.startDate, period.endDate)
      .sort(byPersonName)
      .map((l) => ({
        id: l.id,
        surname: l.surname,
        firstName: l.firstName,
        cells: evaluations.map((e): MarkEntry => {
          const state = states.get(cellKey(e.id, l.id));
          baseline.push({
            evaluationId: e.id,
            learnerId: l.id,
            value: state ? formatMarkEntry(state.entry) : '',
            updatedAt: state?.updatedAt ?? null,
          });
          return state?.entry ?? { kind: 'empty' };
        }),
      }));
    return {
      name: subject.name,
      title: t.sheetTitle(group.name, period.name, subject.name),
      evaluations: evaluations.map((e) => ({
        id: e.id,
        title: e.title,
        date: e.date,
        coefficient: e.coefficient,
        scale: e.scale,
      })),
      learners,
    };
  });
  return {
    fileName: safeFileName(t.fileName(cohort.name, group.name, period.name), 'xlsx'),
    title: t.bookTitle(cohort.name, group.name, period.name),
    exportedAt: now.toISOString(),
    groupId,
    periodId,
    sheets,
    baseline,
  };
}
