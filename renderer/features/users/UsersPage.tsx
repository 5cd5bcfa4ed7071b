import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditIcon from '@mui/icons-material/Edit';
import KeyIcon from '@mui/icons-material/Key';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import type { User } from '../../../shared/api/auth';
import { formatDateTime } from '../../../shared/format/fr';
import { authFr } from '../../../shared/i18n/fr/auth';
import { roleLabelsFr, usersFr } from '../../../shared/i18n/fr/users';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { useSession } from '../../session';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserDialog } from './UserDialog';

type Open =
  | { kind: 'none' }
  | { kind: 'edit'; user: User | null }
  | { kind: 'reset'; user: User }
  | { kind: 'disable'; user: User };

export function UsersPage() {
  const { user: me } = useSession();
  const list = useQuery('users.list', {});
  const users = list.data ?? [];
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>({ kind: 'none' });

  async function setDisabled(user: User, disabled: boolean) {
    const result = await call('users.setDisabled', { id: user.id, disabled });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setNotice(disabled ? usersFr.disabledDone(user.displayName) : usersFr.enabledDone(user.displayName));
    list.reload();
  }

  function closed(message: (name: string) => string) {
    return (saved: User | null) => {
      setOpen({ kind: 'none' });
      if (!saved) return;
      setNotice(message(saved.displayName));
      list.reload();
    };
  }

  return (
    <>
      <PageHeader
        title={usersFr.title}
        intro={usersFr.intro}
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setOpen({ kind: 'edit', user: null })}
          >
            {usersFr.create}
          </Button>
        }
      />
      {(error ?? list.error) && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setError(null)}>
          {error ?? list.error}
        </Alert>
      )}
      <Paper variant="outlined">
        <Table aria-label={usersFr.title}>
          <TableHead>
            <TableRow>
              <TableCell>{authFr.displayName}</TableCell>
              <TableCell>{authFr.login}</TableCell>
              <TableCell>{usersFr.role}</TableCell>
              <TableCell>{usersFr.status}</TableCell>
              <TableCell>{usersFr.lastLogin}</TableCell>
              <TableCell align="right">{usersFr.actions}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {users.map((u) => (
              <TableRow key={u.id} hover>
                <TableCell>
                  {u.displayName}
                  {u.id === me.id && ` (${usersFr.you})`}
                </TableCell>
                <TableCell>{u.login}</TableCell>
                <TableCell>{roleLabelsFr[u.role]}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    label={u.disabled ? usersFr.disabled : usersFr.active}
                    color={u.disabled ? 'default' : 'success'}
                    variant="outlined"
                  />
                </TableCell>
                <TableCell>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : usersFr.never}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Tooltip title={usersFr.edit}>
                    <IconButton
                      aria-label={`${usersFr.edit} ${u.displayName}`}
                      onClick={() => setOpen({ kind: 'edit', user: u })}
                    >
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={usersFr.resetPassword}>
                    <IconButton
                      aria-label={`${usersFr.resetPassword} ${u.displayName}`}
                      onClick={() => setOpen({ kind: 'reset', user: u })}
                    >
                      <KeyIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  {u.disabled ? (
                    <Tooltip title={usersFr.enable}>
                      <IconButton
                        aria-label={`${usersFr.enable} ${u.displayName}`}
                        onClick={() => void setDisabled(u, false)}
                      >
                        <CheckCircleIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  ) : (
                    <Tooltip title={usersFr.disable}>
                      <span>
                        <IconButton
                          aria-label={`${usersFr.disable} ${u.displayName}`}
                          disabled={u.id === me.id}
                          onClick={() => setOpen({ kind: 'disable', user: u })}
                        >
                          <BlockIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>

      {open.kind === 'edit' && (
        <UserDialog user={open.user} onClose={closed(open.user ? usersFr.updated : usersFr.created)} />
      )}
      {open.kind === 'reset' && <ResetPasswordDialog user={open.user} onClose={closed(usersFr.resetDone)} />}
      {open.kind === 'disable' && (
        <ConfirmDialog
          text={usersFr.confirmDisable(open.user.displayName)}
          confirmLabel={usersFr.disable}
          onClose={(confirmed) => {
            const target = open.user;
            setOpen({ kind: 'none' });
            if (confirmed) void setDisabled(target, true);
          }}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
