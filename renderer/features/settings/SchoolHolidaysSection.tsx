import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useRef, useState } from 'react';
import { ZONES } from '../../../shared/api/planning';
import type { Output } from '../../../shared/api/index';
import { formatDateShort } from '../../../shared/format/fr';
import { settingsFr as t } from '../../../shared/i18n/fr/settings';
import { call } from '../../api';
import { DataTable } from '../../components/DataTable';
import { readUpload } from '../../files';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';

type Zone = (typeof ZONES)[number];
type Period = Output<'schoolHolidays.list'>[number];

const columns: GridColDef<Period>[] = [
  { field: 'name', headerName: t.periodName, flex: 2, minWidth: 200 },
  {
    field: 'start',
    headerName: t.periodStart,
    width: 140,
    valueFormatter: (value: string) => formatDateShort(value),
  },
  {
    field: 'end',
    headerName: t.periodEnd,
    width: 140,
    valueFormatter: (value: string) => formatDateShort(value),
  },
  { field: 'source', headerName: t.periodSource, flex: 1, minWidth: 160 },
];

/** Import of the official school calendar (.ics) per zone, and the periods already imported. */
export function SchoolHolidaysSection() {
  const [zone, setZone] = useState<Zone>('C');
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();
  const periods = useQuery('schoolHolidays.list', { zone });

  async function importFile(file: File) {
    setMessage(null);
    const upload = await readUpload(file);
    const result = await action.run(() => call('schoolHolidays.import', { zone, file: upload }));
    if (!result) return;
    setMessage(
      t.imported(
        zone,
        result.imported,
        result.replaced,
        formatDateShort(result.from),
        formatDateShort(result.to),
      ),
    );
    periods.reload();
  }

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t.schoolHolidaysHelp}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          select
          label={t.zone}
          value={zone}
          onChange={(e) => {
            setZone(e.target.value as Zone);
            setMessage(null);
            action.reset();
          }}
          error={!!action.fields.zone}
          helperText={action.fields.zone}
          sx={{ width: 140 }}
        >
          {ZONES.map((z) => (
            <MenuItem key={z} value={z}>
              {t.zoneName(z)}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="contained"
          startIcon={<UploadFileIcon />}
          onClick={() => input.current?.click()}
          disabled={action.busy}
        >
          {t.chooseIcs}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".ics,text/calendar"
          aria-label={t.icsFile}
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </Stack>
      {action.error && <Alert severity="error">{action.error}</Alert>}
      {message && (
        <Alert severity="success" onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      <Typography variant="subtitle2" component="h3">
        {t.periodsOfZone(zone)}
      </Typography>
      <DataTable
        label={t.periodsOfZone(zone)}
        query={periods}
        columns={columns}
        hideFooter
        localeText={{ noRowsLabel: t.noPeriods(zone) }}
        sx={{ height: 380, minHeight: 0 }}
      />
    </Stack>
  );
}
