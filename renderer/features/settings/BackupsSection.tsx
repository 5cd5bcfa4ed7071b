import RestoreIcon from '@mui/icons-material/Restore';
import SaveIcon from '@mui/icons-material/Save';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { GridActionsCell, GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useRef, useState } from 'react';
import type { Backup } from '../../../shared/api/backups';
import { formatDateTime } from '../../../shared/format/fr';
import { backupsFr as t } from '../../../shared/i18n/fr/backups';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { useSession } from '../../session';
import { BackupSettingsForm } from './BackupSettingsForm';
import { useRestore } from './useRestore';

function columns(onRestore: (backup: Backup) => void): GridColDef<Backup>[] {
  return [
    {
      field: 'date',
      headerName: t.columns.date,
      width: 160,
      valueFormatter: (v: string) => formatDateTime(v),
    },
    {
      field: 'kind',
      headerName: t.columns.kind,
      width: 160,
      valueFormatter: (v: Backup['kind']) => t.kinds[v],
    },
    { field: 'size', headerName: t.columns.size, width: 100, valueFormatter: (v: number) => t.size(v) },
    { field: 'file', headerName: t.columns.file, flex: 1, minWidth: 260 },
    {
      field: 'actions',
      type: 'actions',
      headerName: t.columns.actions,
      width: 90,
      renderCell: (params) => (
        <GridActionsCell {...params}>
          <GridActionsCellItem
            icon={<RestoreIcon fontSize="small" />}
            label={t.restoreNamed(params.row.file)}
            onClick={() => onRestore(params.row)}
          />
        </GridActionsCell>
      ),
    },
  ];
}

/** Paramètres › Sauvegardes: copies, "Sauvegarder maintenant", "Restaurer", folder and rotation. */
export function BackupsSection() {
  const { logout } = useSession();
  const list = useQuery('backups.list', {});
  const create = useAction();
  const restore = useRestore();
  const [created, setCreated] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  async function backupNow() {
    setCreated(null);
    const backup = await create.run(() => call('backups.create', {}));
    if (backup) {
      setCreated(t.created(backup.file));
      list.reload();
    }
  }

  const data = list.data;
  const problem = data?.folderProblem ?? null;
  const failure = data?.lastFailure
    ? t.lastFailure(formatDateTime(data.lastFailure.at), data.lastFailure.message)
    : null;

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t.intro}
      </Typography>
      {problem && <Alert severity="warning">{problem}</Alert>}
      {failure && <Alert severity="warning">{failure}</Alert>}
      {(create.error ?? restore.error) && (
        <Alert
          severity="error"
          onClose={() => {
            create.reset();
            restore.clearError();
          }}
        >
          {create.error ?? restore.error}
        </Alert>
      )}
      {created && (
        <Alert severity="success" onClose={() => setCreated(null)}>
          {created}
        </Alert>
      )}
      <Stack direction="row" spacing={2}>
        <Button
          variant="contained"
          startIcon={<SaveIcon />}
          onClick={() => void backupNow()}
          disabled={create.busy || restore.busy}
        >
          {t.backupNow}
        </Button>
        <Button
          variant="outlined"
          startIcon={<UploadFileIcon />}
          onClick={() => picker.current?.click()}
          disabled={create.busy || restore.busy}
        >
          {t.restoreFromFile}
        </Button>
        <input
          ref={picker}
          type="file"
          accept=".sqlite,.db,application/vnd.sqlite3,application/x-sqlite3"
          aria-label={t.restoreFile}
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) restore.choose({ kind: 'upload', file });
          }}
        />
      </Stack>
      {(create.busy || restore.busy) && (
        <Stack spacing={1} role="status">
          <Typography variant="body2">{restore.busy ? t.restoring : t.backupNow}</Typography>
          <LinearProgress />
        </Stack>
      )}
      {data && (
        <Typography variant="body2" color="text.secondary">
          {t.inFolder(data.folder)}
        </Typography>
      )}
      <DataTable
        label={t.listLabel}
        query={{ data: data?.items ?? null, error: list.error }}
        columns={columns((backup) => restore.choose({ kind: 'file', file: backup.file }))}
        getRowId={(row) => row.file}
        localeText={{ noRowsLabel: t.noBackups }}
        sx={{ height: 360, minHeight: 0 }}
      />
      <BackupSettingsForm folderInUse={data?.folder ?? null} onSaved={list.reload} />

      {restore.chosenName && (
        <ConfirmDialog
          text={t.confirmRestore(restore.chosenName)}
          confirmLabel={t.confirmRestoreButton}
          onClose={(confirmed) => void restore.confirm(confirmed)}
        />
      )}
      {restore.done && (
        <Dialog open onClose={() => void logout()} maxWidth="sm">
          <DialogContent>
            <DialogContentText role="status">
              {t.restored(restore.done.restoredFrom, restore.done.preRestoreFile)}
              {restore.done.migratedFrom !== restore.done.schemaVersion &&
                t.migratedNote(restore.done.migratedFrom, restore.done.schemaVersion)}
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={() => void logout()} autoFocus>
              {t.reconnect}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Stack>
  );
}
