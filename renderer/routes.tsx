import Alert from '@mui/material/Alert';
import { Route, Routes } from 'react-router';
import { errorsFr } from '../shared/i18n/fr/errors';
import { navFr, pageIntrosFr } from '../shared/i18n/fr/nav';
import { ComingSoon } from './components/ComingSoon';
import { AttendancePage } from './features/attendance/AttendancePage';
import { CohortsPage } from './features/cohorts/CohortsPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { DocumentsPage } from './features/documents/DocumentsPage';
import { ExamsPage } from './features/exams/ExamsPage';
import { LearnersPage } from './features/learners/LearnersPage';
import { NotesPage } from './features/marks/NotesPage';
import { PlanningPage } from './features/planning/PlanningPage';
import { ProgrammesPage } from './features/programmes/ProgrammesPage';
import { RoomsPage } from './features/rooms/RoomsPage';
import { TrainersPage } from './features/trainers/TrainersPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { SharingPage } from './features/team/SharingPage';
import { UsersPage } from './features/users/UsersPage';
import { NAV, type NavKey } from './nav';
import { routeVisibleTo } from './nav-routes';
import { useSession } from './session';

const BUILT: Partial<Record<NavKey, () => React.JSX.Element>> = {
  dashboard: DashboardPage,
  programmes: ProgrammesPage,
  cohorts: CohortsPage,
  learners: LearnersPage,
  trainers: TrainersPage,
  rooms: RoomsPage,
  planning: PlanningPage,
  attendance: AttendancePage,
  marks: NotesPage,
  exams: ExamsPage,
  documents: DocumentsPage,
  users: UsersPage,
  sharing: SharingPage,
  settings: SettingsPage,
};

/** One route per sidebar entry; an entry the role may not see is not routed either. */
export function AppRoutes() {
  const { user } = useSession();
  return (
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
  );
}
