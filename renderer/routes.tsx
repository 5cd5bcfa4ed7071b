import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { errorsFr } from '../shared/i18n/fr/errors';
import { navFr, pageIntrosFr } from '../shared/i18n/fr/nav';
import { ComingSoon } from './components/ComingSoon';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { NAV, type NavKey } from './nav';
import { routeVisibleTo } from './nav-routes';
import { useSession } from './session';

/**
 * Each area's page is loaded the first time it is opened: the first screen after login (the
 * dashboard) does not wait for the planning grid, the mark sheet or pdf.js to be parsed.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const BUILT: Partial<Record<NavKey, ComponentType>> = {
  dashboard: DashboardPage,
  programmes: page(() => import('./features/programmes/ProgrammesPage'), 'ProgrammesPage'),
  cohorts: page(() => import('./features/cohorts/CohortsPage'), 'CohortsPage'),
  learners: page(() => import('./features/learners/LearnersPage'), 'LearnersPage'),
  trainers: page(() => import('./features/trainers/TrainersPage'), 'TrainersPage'),
  rooms: page(() => import('./features/rooms/RoomsPage'), 'RoomsPage'),
  planning: page(() => import('./features/planning/PlanningPage'), 'PlanningPage'),
  attendance: page(() => import('./features/attendance/AttendancePage'), 'AttendancePage'),
  marks: page(() => import('./features/marks/NotesPage'), 'NotesPage'),
  exams: page(() => import('./features/exams/ExamsPage'), 'ExamsPage'),
  documents: page(() => import('./features/documents/DocumentsPage'), 'DocumentsPage'),
  users: page(() => import('./features/users/UsersPage'), 'UsersPage'),
  sharing: page(() => import('./features/team/SharingPage'), 'SharingPage'),
  settings: page(() => import('./features/settings/SettingsPage'), 'SettingsPage'),
};

/** One route per sidebar entry; an entry the role may not see is not routed either. */
export function AppRoutes() {
  const { user } = useSession();
  return (
    <Suspense fallback={<LinearProgress aria-label={errorsFr.loadingPage} />}>
      <Routes>
        {NAV.map((entry) => {
          const allowed = routeVisibleTo(entry, user.role);
          const Page = BUILT[entry.key];
          const element = !allowed ? (
            <Alert severity="warning">{errorsFr.forbidden}</Alert>
          ) : Page ? (
            <Page />
          ) : (
            <ComingSoon title={navFr[entry.key]} intro={pageIntrosFr[entry.key]} />
          );
          // An area's page owns the routes below its path (e.g. /promotions/12).
          return (
            <Route key={entry.key} path={entry.path === '/' ? '/' : `${entry.path}/*`} element={element} />
          );
        })}
        <Route path="*" element={<Alert severity="info">{errorsFr.notFoundPage}</Alert>} />
      </Routes>
    </Suspense>
  );
}
