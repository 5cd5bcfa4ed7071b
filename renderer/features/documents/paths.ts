import type { DocumentKind } from '../../../shared/api/documents';
import { NAV_ROUTES } from '../../nav-routes';

/** Where the Documents area is mounted (/documents). */
const base = NAV_ROUTES.find((r) => r.key === 'documents')!.path;

export type DocumentsTab = 'generate' | 'archive';

/** Address words, in French like the rest of the app's addresses. */
export const TAB_PARAM: Record<DocumentsTab, string> = { generate: 'generer', archive: 'archive' };
export const KIND_PARAM: Record<DocumentKind, string> = {
  reportCards: 'bulletins',
  attestations: 'attestations',
  certificates: 'certificats',
};
export const PARAMS = {
  tab: 'onglet',
  kind: 'document',
  cohortId: 'promotion',
  groupId: 'groupe',
  periodId: 'periode',
  learnerId: 'apprenant',
} as const;

/** A choice the Générer form starts from, carried by the address (from a learner's page, say). */
export interface DocumentsPrefill {
  kind?: DocumentKind;
  cohortId?: number | null;
  groupId?: number | null;
  periodId?: number | null;
  learnerId?: number | null;
}

export const documentsPaths = {
  base,
  /** /documents?document=bulletins&promotion=2&groupe=3&apprenant=12 */
  generate(prefill: DocumentsPrefill = {}): string {
    const params = new URLSearchParams();
    if (prefill.kind) params.set(PARAMS.kind, KIND_PARAM[prefill.kind]);
    for (const key of ['cohortId', 'groupId', 'periodId', 'learnerId'] as const) {
      const value = prefill[key];
      if (value) params.set(PARAMS[key], String(value));
    }
    const query = params.toString();
    return query ? `${base}?${query}` : base;
  },
};

function idParam(value: string | null): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function readPrefill(params: URLSearchParams): DocumentsPrefill {
  const kindParam = params.get(PARAMS.kind);
  return {
    kind: (Object.keys(KIND_PARAM) as DocumentKind[]).find((k) => KIND_PARAM[k] === kindParam),
    cohortId: idParam(params.get(PARAMS.cohortId)),
    groupId: idParam(params.get(PARAMS.groupId)),
    periodId: idParam(params.get(PARAMS.periodId)),
    learnerId: idParam(params.get(PARAMS.learnerId)),
  };
}

export function readTab(params: URLSearchParams): DocumentsTab {
  return params.get(PARAMS.tab) === TAB_PARAM.archive ? 'archive' : 'generate';
}
