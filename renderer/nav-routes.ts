import { issuers } from '../shared/api/documents';
import type { Role } from '../shared/api/roles';
import type { navFr } from '../shared/i18n/fr/nav';

export type NavKey = keyof typeof navFr;

export interface NavRoute {
  key: NavKey;
  path: string;
  /** Roles that see the entry; absent means everyone signed in. */
  roles?: readonly Role[];
}

/** The sidebar, top to bottom; paths are French since they show in the address bar of team mode. */
export const NAV_ROUTES: readonly NavRoute[] = [
  { key: 'dashboard', path: '/' },
  { key: 'programmes', path: '/programmes' },
  { key: 'cohorts', path: '/promotions' },
  { key: 'learners', path: '/apprenants' },
  { key: 'trainers', path: '/formateurs' },
  { key: 'rooms', path: '/salles' },
  { key: 'planning', path: '/planning' },
  { key: 'attendance', path: '/emargement' },
  { key: 'marks', path: '/notes' },
  { key: 'exams', path: '/examens' },
  { key: 'documents', path: '/documents', roles: issuers },
  { key: 'users', path: '/utilisateurs', roles: ['admin'] },
  { key: 'sharing', path: '/partage', roles: ['admin'] },
  { key: 'settings', path: '/parametres' },
];

export function routeVisibleTo(route: NavRoute, role: Role): boolean {
  return !route.roles || route.roles.includes(role);
}
