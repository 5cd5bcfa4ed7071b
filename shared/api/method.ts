import type { z } from 'zod';
import type { Access } from './roles';

/** One method of the contract: declared once, typed on both sides from these schemas. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
  access: Access;
  /** Callable while the user still has to replace a password set by an administrator. */
  allowedBeforePasswordChange?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
