import type { ReportCardsRequest } from '../../../../../shared/api/documents';
import type { DocumentKindModule } from '../../../documents/kind';
import { AppError } from '../../../errors';

/** PLACEHOLDER — the report-card work replaces this file. */
export const reportCards: DocumentKindModule<ReportCardsRequest, unknown> = {
  plan() {
    throw new AppError('UNAVAILABLE', 'Pas encore construit.');
  },
  draw() {},
};
