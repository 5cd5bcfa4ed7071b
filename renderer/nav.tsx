import AssignmentIcon from '@mui/icons-material/Assignment';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import DashboardIcon from '@mui/icons-material/Dashboard';
import DescriptionIcon from '@mui/icons-material/Description';
import DrawIcon from '@mui/icons-material/Draw';
import GroupsIcon from '@mui/icons-material/Groups';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import SchoolIcon from '@mui/icons-material/School';
import SettingsIcon from '@mui/icons-material/Settings';
import EditNoteIcon from '@mui/icons-material/EditNote';
import PersonIcon from '@mui/icons-material/Person';
import type { ReactElement } from 'react';
import type { Role } from '../shared/api/roles';
import { type navFr } from '../shared/i18n/fr/nav';

export type NavKey = keyof typeof navFr;

export interface NavEntry {
  key: NavKey;
  path: string;
  icon: ReactElement;
  /** Roles that see the entry; absent means everyone signed in. */
  roles?: readonly Role[];
}

/** The sidebar, top to bottom; paths are French since they show in the address bar of team mode. */
export const NAV: readonly NavEntry[] = [
  { key: 'dashboard', path: '/', icon: <DashboardIcon /> },
  { key: 'programmes', path: '/programmes', icon: <MenuBookIcon /> },
  { key: 'cohorts', path: '/promotions', icon: <GroupsIcon /> },
  { key: 'learners', path: '/apprenants', icon: <PersonIcon /> },
  { key: 'trainers', path: '/formateurs', icon: <SchoolIcon /> },
  { key: 'rooms', path: '/salles', icon: <MeetingRoomIcon /> },
  { key: 'planning', path: '/planning', icon: <CalendarMonthIcon /> },
  { key: 'attendance', path: '/emargement', icon: <DrawIcon /> },
  { key: 'marks', path: '/notes', icon: <EditNoteIcon /> },
  { key: 'exams', path: '/examens', icon: <AssignmentIcon /> },
  { key: 'documents', path: '/documents', icon: <DescriptionIcon /> },
  { key: 'users', path: '/utilisateurs', icon: <ManageAccountsIcon />, roles: ['admin'] },
  { key: 'settings', path: '/parametres', icon: <SettingsIcon /> },
];

export function visibleNav(role: Role): NavEntry[] {
  return NAV.filter((entry) => !entry.roles || entry.roles.includes(role));
}
