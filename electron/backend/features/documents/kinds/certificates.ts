import type { CertificatesRequest } from '../../../../../shared/api/documents';
import type { DocumentKindModule } from '../../../documents/kind';
import { AppError } from '../../../errors';

/** PLACEHOLDER — the certificate work replaces this file. */
export const certificates: DocumentKindModule<CertificatesRequest, unknown> = {
  plan() {
    throw new AppError('UNAVAILABLE', 'Pas encore construit.');
  },
  draw() {},
};
