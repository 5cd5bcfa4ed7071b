import type { ProgrammeDetail } from '../../../../shared/api/programmes';
import { programmeRulesFr as t } from '../../../../shared/i18n/fr/programmes';
import { audit } from '../../audit';
import type { HandlerContext } from '../../context';
import type { Db } from '../../db/open';
import { conflict, notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import {
  cohortNamesOf,
  deleteProgramme,
  findProgramme,
  insertProgramme,
  listProgrammes,
  programmeIdByCode,
  updateProgramme,
} from './repository';
import { assertSubjectsUnused, assertUpdateAllowed } from './update-checks';

function existing(db: Db, id: number): ProgrammeDetail {
  const programme = findProgramme(db, id);
  if (!programme) throw notFound(t.notFound);
  return programme;
}

function assertCodeFree(db: Db, code: string, ownId: number | null): void {
  const other = programmeIdByCode(db, code);
  if (other !== null && other !== ownId) throw conflict(t.codeTaken(code), { code: t.codeTaken(code) });
}

function record(ctx: HandlerContext, action: string, id: number, details?: unknown): void {
  audit(ctx.db, { at: ctx.now, userId: ctx.user?.id ?? null, action, target: `programme:${id}`, details });
}

const withoutId = <T extends { id: number }>({ id: _id, ...rest }: T) => rest;

export const programmesHandlers: HandlersOf<
  'programmes.list' | 'programmes.get' | 'programmes.duplicate' | 'programmes.update' | 'programmes.delete'
> = {
  'programmes.list': (_input, { db }) => listProgrammes(db),

  'programmes.get': (input, { db }) => existing(db, input.id),

  'programmes.duplicate': (input, ctx) => {
    const source = existing(ctx.db, input.id);
    assertCodeFree(ctx.db, input.code, null);
    const id = insertProgramme(
      ctx.db,
      {
        ...source,
        code: input.code,
        title: input.title,
        subjects: source.subjects.map(withoutId),
        units: source.units.map(withoutId),
        blocs: source.blocs.map(withoutId),
      },
      { builtin: false, basedOnId: source.id },
      ctx.now,
    );
    record(ctx, 'programmes.duplicate', id, { from: source.code, code: input.code, title: input.title });
    return existing(ctx.db, id);
  },

  'programmes.update': (input, ctx) => {
    const { id, ...content } = input;
    const current = existing(ctx.db, id);
    if (current.builtin) throw conflict(t.builtinReadOnly(current.title));
    assertCodeFree(ctx.db, content.code, id);
    assertUpdateAllowed(ctx.db, current, content);
    updateProgramme(ctx.db, id, content, ctx.now);
    record(ctx, 'programmes.update', id, {
      code: content.code,
      title: content.title,
      subjects: content.subjects.length,
      units: content.units.length,
      blocs: content.blocs.length,
    });
    return existing(ctx.db, id);
  },

  'programmes.delete': (input, ctx) => {
    const current = existing(ctx.db, input.id);
    if (current.builtin) throw conflict(t.builtinNotDeletable(current.title));
    const cohorts = cohortNamesOf(ctx.db, current.id);
    if (cohorts.length > 0) throw conflict(t.usedByCohorts(current.title, cohorts));
    assertSubjectsUnused(ctx.db, current.subjects);
    deleteProgramme(ctx.db, current.id);
    record(ctx, 'programmes.delete', current.id, { code: current.code, title: current.title });
    return {};
  },
};
