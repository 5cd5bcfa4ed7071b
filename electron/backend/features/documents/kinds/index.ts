import type { DocumentKind, DocumentRequest } from '../../../../../shared/api/documents';
import type { DocumentKindModule } from '../../../documents/kind';
import { attestations } from './attestations';
import { certificates } from './certificates';
import { reportCards } from './report-cards';

/** Every kind of issued document, by the `kind` of its request. */
export const documentKinds: {
  [K in DocumentKind]: DocumentKindModule<Extract<DocumentRequest, { kind: K }>, unknown>;
} = { reportCards, attestations, certificates };
