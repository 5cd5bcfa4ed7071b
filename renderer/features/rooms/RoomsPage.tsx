import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import type { Room } from '../../../shared/api/rooms';
import { roomsFr } from '../../../shared/i18n/fr/rooms';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable, editDeleteColumn } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { RoomDialog } from './RoomDialog';

type Open = { kind: 'none' } | { kind: 'edit'; room: Room | null } | { kind: 'delete'; room: Room };

function columns(canManage: boolean, open: (o: Open) => void): GridColDef<Room>[] {
  const cols: GridColDef<Room>[] = [
    { field: 'name', headerName: roomsFr.name, width: 180 },
    { field: 'site', headerName: roomsFr.site, width: 180 },
    { field: 'capacity', headerName: roomsFr.capacity, type: 'number', width: 110 },
    { field: 'equipment', headerName: roomsFr.equipment, flex: 1, minWidth: 220 },
  ];
  if (!canManage) return cols;
  cols.push(
    editDeleteColumn<Room>({
      headerName: roomsFr.actions,
      editLabel: roomsFr.edit,
      deleteLabel: roomsFr.delete,
      name: (room) => room.name,
      onEdit: (room) => open({ kind: 'edit', room }),
      onDelete: (room) => open({ kind: 'delete', room }),
    }),
  );
  return cols;
}

export function RoomsPage() {
  const canManage = useCanManageRecords();
  const list = useQuery('rooms.list', {});
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cols = useMemo(() => columns(canManage, setOpen), [canManage]);

  async function remove(room: Room) {
    const result = await call('rooms.delete', { id: room.id });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setNotice(roomsFr.deleted(room.name));
    list.reload();
  }

  return (
    <>
      <PageHeader
        title={roomsFr.title}
        intro={roomsFr.intro}
        actions={
          canManage && (
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setOpen({ kind: 'edit', room: null })}
            >
              {roomsFr.create}
            </Button>
          )
        }
      />
      <DataTable
        label={roomsFr.listLabel}
        query={list}
        error={error ?? list.error}
        onErrorClose={() => setError(null)}
        columns={cols}
      />

      {open.kind === 'edit' && (
        <RoomDialog
          room={open.room}
          onClose={(saved) => {
            const wasNew = !open.room;
            setOpen({ kind: 'none' });
            if (!saved) return;
            setNotice(wasNew ? roomsFr.created(saved.name) : roomsFr.updated(saved.name));
            list.reload();
          }}
        />
      )}
      {open.kind === 'delete' && (
        <ConfirmDialog
          text={roomsFr.confirmDelete(open.room.name)}
          confirmLabel={roomsFr.delete}
          onClose={(confirmed) => {
            const target = open.room;
            setOpen({ kind: 'none' });
            if (confirmed) void remove(target);
          }}
        />
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
