import type { AttestationsRequest } from '../../../../../shared/api/documents';
import { actionNature } from '../../../../../shared/domain/documents/action-nature';
import { attestationResults } from '../../../../../shared/domain/documents/attestation-result';
import { programmeHoursForYears } from '../../../../../shared/domain/documents/programme-hours';
import { trainingRange } from '../../../../../shared/domain/documents/training-range';
import { attestationsFr as t, learnerBatchFr } from '../../../../../shared/i18n/fr/attestations';
import type { HandlerContext } from '../../../context';
import type { AttestationData } from '../../../documents/attestation/data';
import { drawAttestation } from '../../../documents/attestation/layout';
import type { DocumentKindModule } from '../../../documents/kind';
import { isoDay } from '../../cohorts/dates';
import { readSettings } from '../../settings/repository';
import { attendedHours } from './attended-hours';
import { examFacts } from './attestation-results';
import { programmeSubjectHours } from './attestations-repository';
import {
  archiveName,
  batchScope,
  fileBase,
  learnerFile,
  printedName,
  requireCentre,
  requireLearners,
  scopeKey,
} from './learner-batch';
import { lastGroupFilter } from './group-filters';

/** Objectives as the programme stores them (a JSON list); anything else reads as none. */
function objectivesOf(stored: string): string[] {
  try {
    const list: unknown = JSON.parse(stored);
    return Array.isArray(list)
      ? list.filter((o): o is string => typeof o === 'string' && o.trim() !== '')
      : [];
  } catch {
    return [];
  }
}

/**
 * Attestations de fin de formation (Code du travail L6353-1), one per learner of a cohort or of
 * one of its groups (the group a learner is in, or was last in): the action, its objectives,
 * nature, dates and hours, and the result of the evaluation of learning worded as the centre's
 * settings say.
 */
export const attestations: DocumentKindModule<AttestationsRequest, AttestationData> = {
  plan(request: AttestationsRequest, ctx: HandlerContext) {
    const { db } = ctx;
    const scope = batchScope(db, request, lastGroupFilter);
    const centre = requireCentre(db);
    requireLearners(scope.learners, scope);

    const printedOn = isoDay(ctx.now);
    const issuedOn = request.issuedOn ?? printedOn;
    const settings = readSettings(db);
    const { cohort } = scope;
    const programmeHours = programmeHoursForYears(
      programmeSubjectHours(db, cohort.programmeId),
      cohort.yearFrom,
      cohort.yearTo,
      cohort.totalHours,
    );
    const objectives = objectivesOf(cohort.objectives);
    const certification = t.certification(cohort.diplomaCode, cohort.rncpCode);
    const exams = examFacts(db, cohort, scope.learners);
    const note = settings.documents.attestationNote.trim() || null;
    const scopeTitle = learnerBatchFr.scopeTitle(scope.names);

    return {
      kind: 'attestations',
      title: t.batchTitle(scopeTitle),
      periodLabel: null,
      scopeKey: scopeKey('attestations', request),
      cohortId: cohort.id,
      groupId: scope.group?.id ?? null,
      periodId: null,
      layout: 'portrait',
      fileBase: fileBase(t.batchFile, scopeTitle),
      printedOn,
      centre,
      documents: scope.learners.map((learner) => {
        const range = trainingRange(learner, cohort);
        return {
          learnerId: learner.id,
          learnerName: archiveName(learner),
          fileBase: learnerFile(learner, t.learnerFile),
          data: {
            issuedOn,
            learnerName: printedName(learner),
            birthDate: learner.birthDate,
            actionTitle: cohort.programmeTitle,
            certification,
            nature: actionNature(learner.accessRoute),
            from: range.from,
            to: range.to,
            programmeHours,
            realisedHours: attendedHours(db, learner.id, range),
            objectives,
            results: attestationResults(
              settings.documents.attestationResults,
              exams.get(learner.id)!,
              settings.marks.displayRounding,
            ),
            note,
          },
        };
      }),
    };
  },

  draw(pdf, document, plan) {
    drawAttestation(pdf, document.data, plan.centre);
  },
};
