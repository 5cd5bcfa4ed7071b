import type { ParsedInput } from '../../../../shared/api/index';
import type { Trainer } from '../../../../shared/api/trainers';
import { trainersFr } from '../../../../shared/i18n/fr/trainers';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { describeUses } from '../../../../shared/i18n/fr/references';
import { blockingReferences } from '../../db/references';
import { conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { checkTrainerInput } from './checks';
import {
  deleteTrainer,
  findTrainer,
  insertTrainer,
  listAccountChoices,
  listSubjectChoices,
  listTrainers,
  replaceAvailability,
  replaceSubjects,
  updateTrainer,
} from './repository';

function existing(ctx: HandlerContext, id: number): Trainer {
  const trainer = findTrainer(ctx.db, id);
  if (!trainer) throw notFound(trainersFr.notFound);
  return trainer;
}

const fullName = (t: { firstName: string; surname: string }) => `${t.firstName} ${t.surname}`;

const record = (ctx: HandlerContext, action: string, id: number, details?: unknown): void =>
  auditCall(ctx, action, `trainer:${id}`, details);

function save(ctx: HandlerContext, id: number, input: ParsedInput<'trainers.create'>): void {
  replaceSubjects(ctx.db, id, [...new Set(input.subjectIds)]);
  replaceAvailability(ctx.db, id, input.availability);
}

export const trainersHandlers: HandlersOf<
  | 'trainers.list'
  | 'trainers.get'
  | 'trainers.create'
  | 'trainers.update'
  | 'trainers.delete'
  | 'trainers.accountChoices'
  | 'trainers.subjectChoices'
> = {
  'trainers.list': (_input, { db }) => listTrainers(db),

  'trainers.get': ({ id }, ctx) => existing(ctx, id),

  'trainers.create': (input, ctx) => {
    checkTrainerInput(ctx, input, null);
    const id = insertTrainer(ctx.db, input, ctx.now);
    save(ctx, id, input);
    const created = existing(ctx, id);
    record(ctx, 'trainers.create', id, created);
    return created;
  },

  'trainers.update': ({ id, ...input }, ctx) => {
    const before = existing(ctx, id);
    checkTrainerInput(ctx, input, id, before.userId);
    updateTrainer(ctx.db, id, input, ctx.now);
    save(ctx, id, input);
    const after = existing(ctx, id);
    record(ctx, 'trainers.update', id, { before, after });
    return after;
  },

  'trainers.delete': ({ id }, ctx) => {
    const trainer = existing(ctx, id);
    const uses = blockingReferences(ctx.db, 'trainers', id);
    if (uses.length > 0) {
      throw conflict(trainersFr.inUse(fullName(trainer), describeUses(uses)));
    }
    deleteTrainer(ctx.db, id);
    record(ctx, 'trainers.delete', id, { name: fullName(trainer) });
    return {};
  },

  'trainers.accountChoices': (_input, { db }) => listAccountChoices(db),

  'trainers.subjectChoices': (_input, { db }) => listSubjectChoices(db),
};
