import AssignmentIcon from '@mui/icons-material/Assignment';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import DashboardIcon from '@mui/icons-material/Dashboard';
import DescriptionIcon from '@mui/icons-material/Description';
import DrawIcon from '@mui/icons-material/Draw';
import EditNoteIcon from '@mui/icons-material/EditNote';
import GroupsIcon from '@mui/icons-material/Groups';
import LanIcon from '@mui/icons-material/Lan';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import PersonIcon from '@mui/icons-material/Person';
import SchoolIcon from '@mui/icons-material/School';
import SettingsIcon from '@mui/icons-material/Settings';
import type { ReactElement } from 'react';
import type { Role } from '../shared/api/roles';
import { NAV_ROUTES, routeVisibleTo, type NavKey, type NavRoute } from './nav-routes';

const ICONS: Record<NavKey, ReactElement> = {
  dashboard: <DashboardIcon />,
  programmes: <MenuBookIcon />,
  cohorts: <GroupsIcon />,
  learners: <PersonIcon />,
  trainers: <SchoolIcon />,
  rooms: <MeetingRoomIcon />,
  planning: <CalendarMonthIcon />,
  attendance: <DrawIcon />,
  marks: <EditNoteIcon />,
  exams: <AssignmentIcon />,
  documents: <DescriptionIcon />,
  users: <ManageAccountsIcon />,
  sharing: <LanIcon />,
  settings: <SettingsIcon />,
};

export interface NavEntry extends NavRoute {
  icon: ReactElement;
}

export const NAV: readonly NavEntry[] = NAV_ROUTES.map((route) => ({ ...route, icon: ICONS[route.key] }));

export function visibleNav(role: Role): NavEntry[] {
  return NAV.filter((entry) => routeVisibleTo(entry, role));
}
export type { NavKey };
