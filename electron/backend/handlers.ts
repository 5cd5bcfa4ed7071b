import type { MethodName, Output, ParsedInput } from '../../shared/api/index';
import type { HandlerContext } from './context';
import { authHandlers } from './features/auth/handlers';
import { cohortsHandlers } from './features/cohorts/handlers';
import { importsHandlers } from './features/imports/handlers';
import { learnersHandlers } from './features/learners/handlers';
import { programmesHandlers } from './features/programmes/handlers';
import { roomsHandlers } from './features/rooms/handlers';
import { settingsHandlers } from './features/settings/handlers';
import { trainersHandlers } from './features/trainers/handlers';
import { usersHandlers } from './features/users/handlers';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => Output<M>;
export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlersOf<K extends MethodName> = { [M in K]: Handler<M> };

/** One handler per contract method; the type makes a missing or extra one a compile error. */
export const handlers: Handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...programmesHandlers,
  ...cohortsHandlers,
  ...learnersHandlers,
  ...trainersHandlers,
  ...roomsHandlers,
  ...importsHandlers,
};
