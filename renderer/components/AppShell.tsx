import LogoutIcon from '@mui/icons-material/Logout';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { NavLink, useLocation } from 'react-router';
import { authFr } from '../../shared/i18n/fr/auth';
import { commonFr } from '../../shared/i18n/fr/common';
import { navFr } from '../../shared/i18n/fr/nav';
import { roleLabelsFr } from '../../shared/i18n/fr/users';
import { visibleNav } from '../nav';
import { AppRoutes } from '../routes';
import { useSession } from '../session';

const DRAWER_WIDTH = 232;

/** The frame around every page: the sidebar, the signed-in user and the page itself. */
export function AppShell() {
  const { user, logout } = useSession();
  const location = useLocation();
  const entries = visibleNav(user.role);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" sx={{ fontWeight: 700, flex: 1 }}>
            {commonFr.appName}
          </Typography>
          <Box
            role="group"
            aria-label={commonFr.signedInAs}
            sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
          >
            <Typography variant="body2" data-testid="current-user">
              {user.displayName}
            </Typography>
            <Chip
              size="small"
              label={roleLabelsFr[user.role]}
              data-testid="current-role"
              sx={{ bgcolor: 'rgba(255,255,255,0.15)', color: 'inherit' }}
            />
          </Box>
          <Button color="inherit" startIcon={<LogoutIcon />} onClick={() => void logout()}>
            {authFr.logout}
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        <Box component="nav" aria-label={commonFr.mainNavigation}>
          <List dense>
            {entries.map((entry) => {
              const selected =
                entry.path === '/' ? location.pathname === '/' : location.pathname.startsWith(entry.path);
              return (
                <ListItemButton
                  key={entry.key}
                  component={NavLink}
                  to={entry.path}
                  selected={selected}
                  aria-current={selected ? 'page' : undefined}
                >
                  <ListItemIcon sx={{ minWidth: 36 }}>{entry.icon}</ListItemIcon>
                  <ListItemText primary={navFr[entry.key]} />
                </ListItemButton>
              );
            })}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flex: 1, p: 3, minWidth: 0 }}>
        <Toolbar variant="dense" />
        <AppRoutes />
      </Box>
    </Box>
  );
}
