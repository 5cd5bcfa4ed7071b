import { NAV_ROUTES } from '../../nav-routes';

/** Where the programmes area is mounted (/programmes); its pages link by absolute paths under it. */
const base = NAV_ROUTES.find((r) => r.key === 'programmes')!.path;

export const programmePaths = {
  list: base,
  detail: (id: number) => `${base}/${id}`,
  edit: (id: number) => `${base}/${id}/modifier`,
};
