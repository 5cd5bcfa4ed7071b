import type { CertificatesRequest } from '../../../../../shared/api/documents';
import { actionNature } from '../../../../../shared/domain/documents/action-nature';
import {
  distanceActivities,
  type DistanceLine,
} from '../../../../../shared/domain/documents/distance-activities';
import { wholeMonth } from '../../../../../shared/domain/documents/period-label';
import {
  type DateRange,
  intersect,
  trainingRange,
} from '../../../../../shared/domain/documents/training-range';
import { learnerBatchFr } from '../../../../../shared/i18n/fr/attestations';
import { certificatesFr as t } from '../../../../../shared/i18n/fr/certificates';
import type { HandlerContext } from '../../../context';
import type { CertificateData } from '../../../documents/certificate/data';
import { drawCertificate } from '../../../documents/certificate/layout';
import type { DocumentKindModule } from '../../../documents/kind';
import { isoDay } from '../../cohorts/dates';
import { readSettings } from '../../settings/repository';
import { attendedHours } from './attended-hours';
import { distanceLines } from './certificates-repository';
import { groupDuring } from './group-filters';
import {
  archiveName,
  batchScope,
  fileBase,
  invalid,
  learnerFile,
  printedName,
  requireCentre,
  requireLearners,
  scopeKey,
} from './learner-batch';

function byLearner(lines: readonly (DistanceLine & { learnerId: number })[]): Map<number, DistanceLine[]> {
  const out = new Map<number, DistanceLine[]>();
  for (const { learnerId, ...line } of lines) {
    const list = out.get(learnerId);
    if (list) list.push(line);
    else out.set(learnerId, [line]);
  }
  return out;
}

/**
 * Certificats de réalisation (Ministère du Travail model), one per learner for the period a
 * funder asks about, each clamped to the learner's own training dates: the hours attended come
 * from the roll calls as the absences screens count them, and distance sessions are listed as
 * activities with their estimated time. Learners of the scope who were not in training during
 * the period are left out of a cohort's or group's batch; picked by name, they are refused.
 */
export const certificates: DocumentKindModule<CertificatesRequest, CertificateData> = {
  plan(request: CertificatesRequest, ctx: HandlerContext) {
    const { db } = ctx;
    const period: DateRange = { from: request.from, to: request.to };
    if (period.from > period.to) throw invalid('to', t.periodInverted(period.from, period.to));
    const scope = batchScope(db, request, groupDuring(db, period.from, period.to));
    const centre = requireCentre(db);
    requireLearners(scope.learners, scope);

    const { cohort } = scope;
    const dated = scope.learners.map((learner) => ({
      learner,
      range: intersect(trainingRange(learner, cohort), period),
    }));
    const outside = request.learnerIds ? dated.find((d) => d.range === null) : undefined;
    if (outside) {
      throw invalid('learnerIds', t.outsideTraining(printedName(outside.learner), period.from, period.to));
    }
    const inTraining = dated.filter(
      (d): d is { learner: (typeof d)['learner']; range: DateRange } => !!d.range,
    );
    requireLearners(inTraining, scope, t.nobodyInPeriod(scope.names, period.from, period.to));

    const printedOn = isoDay(ctx.now);
    const issuedOn = request.issuedOn ?? printedOn;
    const { slots } = readSettings(db);
    const distance = byLearner(
      distanceLines(
        db,
        inTraining.map((d) => d.learner.id),
        period.from,
        period.to,
      ),
    );
    const month = wholeMonth(period);
    const periodPart = month ?? `${period.from}_${period.to}`;
    const scopeTitle = learnerBatchFr.scopeTitle(scope.names);

    return {
      kind: 'certificates',
      title: t.batchTitle(scopeTitle),
      periodLabel: t.period(period.from, period.to, month),
      scopeKey: scopeKey('certificates', request, `from:${period.from}`, `to:${period.to}`),
      cohortId: cohort.id,
      groupId: scope.group?.id ?? null,
      periodId: null,
      layout: 'portrait',
      fileBase: fileBase(t.batchFile, scopeTitle, periodPart),
      printedOn,
      centre,
      documents: inTraining.map(({ learner, range }) => {
        const lines = (distance.get(learner.id) ?? []).filter(
          (l) => l.date >= range.from && l.date <= range.to,
        );
        return {
          learnerId: learner.id,
          learnerName: archiveName(learner),
          fileBase: learnerFile(learner, `${t.learnerFile}_${periodPart}`),
          data: {
            issuedOn,
            learnerName: printedName(learner),
            employerName: learner.employerName,
            actionTitle: cohort.programmeTitle,
            nature: actionNature(learner.accessRoute),
            from: range.from,
            to: range.to,
            hours: attendedHours(db, learner.id, range),
            activities: distanceActivities(lines, slots),
          },
        };
      }),
    };
  },

  draw(pdf, document, plan) {
    drawCertificate(pdf, document.data, plan.centre);
  },
};
