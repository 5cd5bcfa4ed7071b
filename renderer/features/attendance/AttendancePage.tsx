import Alert from '@mui/material/Alert';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link, Route, Routes, useLocation } from 'react-router';
import { errorsFr } from '../../../shared/i18n/fr/errors';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { PageHeader } from '../../components/PageHeader';
import { StatsTab } from '../absences/StatsTab';
import { DayTab } from './DayTab';
import { attendancePaths } from './paths';
import { PendingTab } from './PendingTab';
import { SheetPage } from './SheetPage';

type TabKey = keyof typeof t.tabs;
const TAB_PATHS: Record<TabKey, string> = {
  day: attendancePaths.day(),
  pending: attendancePaths.pending,
  stats: attendancePaths.stats,
};

/** The three lists of the area, each at its own address so the back button and links keep them. */
function ListTabs({ children }: { children: React.ReactNode }) {
  const { pathname } = useLocation();
  const current = (Object.keys(TAB_PATHS) as TabKey[]).find((k) => TAB_PATHS[k] === pathname) ?? 'day';
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <Tabs value={current} aria-label={t.tabsLabel} sx={{ mb: 2 }}>
        {(Object.keys(TAB_PATHS) as TabKey[]).map((k) => (
          <Tab key={k} value={k} label={t.tabs[k]} component={Link} to={TAB_PATHS[k]} />
        ))}
      </Tabs>
      {children}
    </>
  );
}

/** The Émargement area, mounted at /emargement/*: the day's sessions, pending sheets, statistics, a sheet. */
export function AttendancePage() {
  return (
    <Routes>
      <Route
        index
        element={
          <ListTabs>
            <DayTab />
          </ListTabs>
        }
      />
      <Route
        path="en-attente"
        element={
          <ListTabs>
            <PendingTab />
          </ListTabs>
        }
      />
      <Route
        path="statistiques"
        element={
          <ListTabs>
            <StatsTab />
          </ListTabs>
        }
      />
      <Route path="seance/:id" element={<SheetPage />} />
      <Route path="*" element={<Alert severity="info">{errorsFr.notFoundPage}</Alert>} />
    </Routes>
  );
}
