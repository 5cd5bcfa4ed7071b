import type { MethodName, Output, ParsedInput } from '../../shared/api/index';
import type { HandlerContext } from './context';
import { authHandlers } from './features/auth/handlers';
import { settingsHandlers } from './features/settings/handlers';
import { usersHandlers } from './features/users/handlers';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => Output<M>;
export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlersOf<K extends MethodName> = { [M in K]: Handler<M> };

/** One handler per contract method; the type makes a missing or extra one a compile error. */
export const handlers: Handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
};
