import type { AttestationsRequest } from '../../../../../shared/api/documents';
import type { DocumentKindModule } from '../../../documents/kind';
import { AppError } from '../../../errors';

/** PLACEHOLDER — the attestation work replaces this file. */
export const attestations: DocumentKindModule<AttestationsRequest, unknown> = {
  plan() {
    throw new AppError('UNAVAILABLE', 'Pas encore construit.');
  },
  draw() {},
};
