import { appreciationLength } from '../../../../shared/api/appreciations';
import { appreciationsFr as t } from '../../../../shared/i18n/fr/appreciations';
import { requireUser } from '../../context';
import { AppError, conflict, forbidden, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { readSettings } from '../settings/repository';
import { assertCanReadGroup, teachesGroup } from '../averages/access';
import { groupAverages, loadGroupContext } from '../averages/group-averages';
import { cohortSubjects } from '../averages/repository';
import { periodScope } from '../averages/scope';
import { nextVersion } from '../../concurrency/version';
import { writeRefusal } from './access';
import { assertAppreciationFresh } from './freshness';
import { phrasesHandlers } from './phrases';
import {
  appreciationsOf,
  appreciationVersionFloor,
  deleteAppreciation,
  findAppreciation,
  findSubject,
  historyOf,
  insertHistory,
  upsertAppreciation,
} from './repository';
import { learnerInPeriod, writeTarget } from './target';

export const appreciationsHandlers: HandlersOf<
  | 'appreciations.list'
  | 'appreciations.save'
  | 'appreciations.history'
  | 'phrases.list'
  | 'phrases.add'
  | 'phrases.delete'
> = {
  'appreciations.list': (input, ctx) => {
    const user = requireUser(ctx);
    const context = loadGroupContext(ctx.db, input.groupId);
    assertCanReadGroup(ctx.db, user, context.group, context.subjects);
    const scope = periodScope(ctx.db, context.group, input.periodId);
    const period = scope.periods[0]!;
    const index =
      input.subjectId === undefined ? -1 : context.subjects.findIndex((s) => s.subjectId === input.subjectId);
    const subject = index < 0 ? null : context.subjects[index]!;
    if (input.subjectId !== undefined && !subject) {
      const other = findSubject(ctx.db, input.subjectId);
      if (!other) throw notFound(t.subjectNotFound);
      throw conflict(t.subjectNotInProgramme(other.name, context.group.cohortName));
    }
    const averages = groupAverages(ctx.db, context, scope);
    const settings = readSettings(ctx.db).marks;
    const texts = appreciationsOf(
      ctx.db,
      averages.learners.map((l) => l.learnerId),
      period.id,
      subject?.subjectId ?? null,
    );
    const refusal = writeRefusal(ctx.db, user, {
      period,
      groups: [context.group],
      subject: subject && { id: subject.subjectId, name: subject.name },
    });
    return {
      groupId: context.group.id,
      periodId: period.id,
      periodName: period.name,
      subjectId: subject?.subjectId ?? null,
      subjectName: subject?.name ?? null,
      maxLength: settings.appreciationMaxLength,
      displayRounding: settings.displayRounding,
      closed: period.closedAt ? { at: period.closedAt, byName: period.closedByName ?? '' } : null,
      canWrite: refusal === null,
      cannotWriteReason: refusal?.message ?? null,
      rows: averages.learners.map((learner) => {
        const stored = texts.get(learner.learnerId);
        return {
          learnerId: learner.learnerId,
          surname: learner.surname,
          firstName: learner.firstName,
          average: index < 0 ? learner.general : learner.subjects[index]!,
          text: stored?.text ?? '',
          updatedBy: stored?.updatedBy ?? null,
          updatedAt: stored?.updatedAt ?? null,
        };
      }),
    };
  },

  'appreciations.save': (input, ctx) => {
    const user = requireUser(ctx);
    const target = writeTarget(ctx.db, input.learnerId, input.periodId, input.subjectId);
    const refusal = writeRefusal(ctx.db, user, target);
    if (refusal) throw refusal;
    const max = readSettings(ctx.db).marks.appreciationMaxLength;
    const length = appreciationLength(input.text);
    if (length > max) {
      const message = t.tooLong(length, max);
      throw new AppError('INVALID_INPUT', message, { text: message });
    }

    const key = { learnerId: input.learnerId, periodId: input.periodId, subjectId: input.subjectId };
    const before = findAppreciation(ctx.db, key.learnerId, key.periodId, key.subjectId);
    const oldText = before?.text ?? '';
    if (oldText === input.text) {
      return {
        ...key,
        text: oldText,
        updatedBy: before?.updatedBy ?? null,
        updatedAt: before?.updatedAt ?? null,
        changed: false,
      };
    }
    assertAppreciationFresh(ctx.db, key, target, before, input.expectedUpdatedAt);
    // The new version token; the history line carries the same instant.
    const at = nextVersion(appreciationVersionFloor(ctx.db, key), ctx.now);
    if (input.text === '') deleteAppreciation(ctx.db, key);
    else upsertAppreciation(ctx.db, key, input.text, user.id, at);
    insertHistory(ctx.db, key, { oldText, newText: input.text, source: 'screen', userId: user.id, at });
    return {
      ...key,
      text: input.text,
      updatedBy: input.text === '' ? null : user.displayName,
      updatedAt: input.text === '' ? null : at,
      changed: true,
    };
  },

  'appreciations.history': (input, ctx) => {
    const user = requireUser(ctx);
    const { name, groups } = learnerInPeriod(ctx.db, input.learnerId, input.periodId);
    if (user.role === 'trainer') {
      const readable = groups.some((g) =>
        teachesGroup(ctx.db, user, g.id, cohortSubjects(ctx.db, g.cohortId)),
      );
      if (!readable) throw forbidden(t.notTeachingLearner(name));
    }
    return historyOf(ctx.db, input.learnerId, input.periodId);
  },

  ...phrasesHandlers,
};
