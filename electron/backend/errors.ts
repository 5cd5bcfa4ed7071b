import type { ErrorCode } from '../../shared/api/result';

/**
 * Raised inside a handler to refuse a call. The registry turns it into an error value; because
 * each call runs in one transaction, throwing it also undoes anything the handler wrote.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (message: string): AppError => new AppError('NOT_FOUND', message);
export const conflict = (message: string, fields?: Record<string, string>): AppError =>
  new AppError('CONFLICT', message, fields);
export const forbidden = (message: string): AppError => new AppError('FORBIDDEN', message);
