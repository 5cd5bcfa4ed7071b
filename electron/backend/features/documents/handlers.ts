import type { HandlersOf } from '../../handlers';
import { AppError } from '../../errors';

/** PLACEHOLDER — the documents-engine work replaces this file. */
const later = () => {
  throw new AppError('UNAVAILABLE', 'Pas encore construit.');
};

export const documentsHandlers: HandlersOf<
  | 'documents.preview'
  | 'documents.start'
  | 'documents.status'
  | 'documents.cancel'
  | 'documents.collect'
  | 'documents.archive'
  | 'documents.download'
> = {
  'documents.preview': later,
  'documents.start': later,
  'documents.status': later,
  'documents.cancel': later,
  'documents.collect': later,
  'documents.archive': later,
  'documents.download': later,
};
