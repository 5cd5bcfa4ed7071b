import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import type { Trainer } from '../../../shared/api/trainers';
import { contractTypeLabelsFr, trainersFr } from '../../../shared/i18n/fr/trainers';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable, editDeleteColumn } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '../../hooks/useQuery';
import { useCanManageRecords } from '../../session';
import { ImportDialog } from '../imports/ImportDialog';
import { availabilitySummary, fullName, subjectsSummary } from './display';
import { TrainerDialog } from './TrainerDialog';

type Open =
  | { kind: 'none' }
  | { kind: 'edit'; trainer: Trainer | null }
  | { kind: 'delete'; trainer: Trainer }
  | { kind: 'import' };

function columns(canManage: boolean, open: (o: Open) => void): GridColDef<Trainer>[] {
  const cols: GridColDef<Trainer>[] = [
    { field: 'surname', headerName: trainersFr.surname, width: 120 },
    { field: 'firstName', headerName: trainersFr.firstName, width: 110 },
    {
      field: 'contractType',
      headerName: trainersFr.contractType,
      width: 100,
      valueGetter: (_v, row) => contractTypeLabelsFr[row.contractType],
    },
    {
      field: 'subjects',
      headerName: trainersFr.subjects,
      flex: 1,
      minWidth: 200,
      valueGetter: (_v, row) => subjectsSummary(row.subjects),
      renderCell: ({ value }) => (
        <Tooltip title={value as string}>
          <span>{value as string}</span>
        </Tooltip>
      ),
    },
    {
      field: 'availability',
      headerName: trainersFr.availability,
      width: 130,
      valueGetter: (_v, row) => row.availability.length,
      renderCell: ({ row }) => (
        <Tooltip title={availabilitySummary(row.availability)}>
          <span>{trainersFr.halfDays(row.availability.length)}</span>
        </Tooltip>
      ),
    },
    { field: 'userLogin', headerName: trainersFr.account, width: 120 },
    { field: 'email', headerName: trainersFr.email, flex: 0.7, minWidth: 160 },
    { field: 'phone', headerName: trainersFr.phone, width: 120 },
  ];
  if (!canManage) return cols;
  cols.push(
    editDeleteColumn<Trainer>({
      headerName: trainersFr.actions,
      editLabel: trainersFr.edit,
      deleteLabel: trainersFr.delete,
      name: fullName,
      onEdit: (trainer) => open({ kind: 'edit', trainer }),
      onDelete: (trainer) => open({ kind: 'delete', trainer }),
    }),
  );
  return cols;
}

export function TrainersPage() {
  const canManage = useCanManageRecords();
  const list = useQuery('trainers.list', {});
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cols = useMemo(() => columns(canManage, setOpen), [canManage]);

  async function remove(trainer: Trainer) {
    const result = await call('trainers.delete', { id: trainer.id });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setNotice(trainersFr.deleted(fullName(trainer)));
    list.reload();
  }

  return (
    <>
      <PageHeader
        title={trainersFr.title}
        intro={trainersFr.intro}
        actions={
          canManage && (
            <Stack direction="row" spacing={1}>
              <Button
                variant="outlined"
                startIcon={<UploadFileIcon />}
                onClick={() => setOpen({ kind: 'import' })}
              >
                {trainersFr.import}
              </Button>
              <Button
                variant="contained"
                startIcon={<AddIcon />}
                onClick={() => setOpen({ kind: 'edit', trainer: null })}
              >
                {trainersFr.create}
              </Button>
            </Stack>
          )
        }
      />
      <DataTable
        label={trainersFr.listLabel}
        query={list}
        error={error ?? list.error}
        onErrorClose={() => setError(null)}
        columns={cols}
        initialState={{ sorting: { sortModel: [{ field: 'surname', sort: 'asc' }] } }}
      />

      {open.kind === 'edit' && (
        <TrainerDialog
          trainer={open.trainer}
          onClose={(saved) => {
            const wasNew = !open.trainer;
            setOpen({ kind: 'none' });
            if (!saved) return;
            setNotice(wasNew ? trainersFr.created(fullName(saved)) : trainersFr.updated(fullName(saved)));
            list.reload();
          }}
        />
      )}
      {open.kind === 'delete' && (
        <ConfirmDialog
          text={trainersFr.confirmDelete(fullName(open.trainer), open.trainer.userId !== null)}
          confirmLabel={trainersFr.delete}
          onClose={(confirmed) => {
            const target = open.trainer;
            setOpen({ kind: 'none' });
            if (confirmed) void remove(target);
          }}
        />
      )}
      <ImportDialog
        kind="trainers"
        open={open.kind === 'import'}
        onClose={(imported) => {
          setOpen({ kind: 'none' });
          if (!imported) return;
          setNotice(trainersFr.imported);
          list.reload();
        }}
      />
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
