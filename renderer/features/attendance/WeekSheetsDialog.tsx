import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { addDays, isValidIsoDate, mondayOf } from '../../../shared/domain/calendar';
import { printsFr } from '../../../shared/i18n/fr/prints';
import { call } from '../../api';
import { DownloadButton } from '../../components/DownloadButton';
import { useQuery } from '../../hooks/useQuery';

const t = printsFr.screen;

/**
 * A group's attendance sheets for a week (prints.attendanceWeek): blank for paper, or filled
 * with what was recorded. Opened from the day's sessions, for the week of the day shown.
 */
function WeekSheetsDialog({ date, onClose }: { date: string; onClose(): void }) {
  const groups = useQuery('groups.list', {});
  const [groupId, setGroupId] = useState<number | ''>('');
  const [day, setDay] = useState(date);
  const [error, setError] = useState<string | null>(null);
  const monday = mondayOf(day);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="week-sheets-title">
      <DialogTitle id="week-sheets-title">{t.weekDialogTitle}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DialogContentText>{t.weekIntro}</DialogContentText>
          {error && <Alert severity="error">{error}</Alert>}
          {groups.data?.length === 0 && <Alert severity="info">{t.noGroups}</Alert>}
          <TextField
            select
            label={t.group}
            value={groupId}
            onChange={(e) => {
              setError(null);
              setGroupId(Number(e.target.value));
            }}
            autoFocus
          >
            {(groups.data ?? []).map((group) => (
              <MenuItem key={group.id} value={group.id}>
                {`${group.name} (${group.cohortName})`}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            label={t.date}
            value={day}
            onChange={(e) => {
              if (!isValidIsoDate(e.target.value)) return;
              setError(null);
              setDay(e.target.value);
            }}
            helperText={t.dateHelp(monday, addDays(monday, 5))}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Typography variant="body2" color="text.secondary">
            {t.blankHelp}
          </Typography>
          <Stack direction="row" spacing={1}>
            {groupId === ''
              ? [t.blank, t.filled].map((label) => (
                  <Button key={label} variant="outlined" startIcon={<PictureAsPdfIcon />} disabled>
                    {label}
                  </Button>
                ))
              : ([false, true] as const).map((filled) => (
                  <DownloadButton
                    key={String(filled)}
                    label={filled ? t.filled : t.blank}
                    icon={<PictureAsPdfIcon />}
                    fetch={() => call('prints.attendanceWeek', { groupId, date: day, filled })}
                    onError={setError}
                  />
                ))}
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.close}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** "Feuilles de la semaine": opens the dialog for the week of the day shown. */
export function WeekSheetsButton({ date }: { date: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => setOpen(true)}>
        {t.weekSheets}
      </Button>
      {open && <WeekSheetsDialog date={date} onClose={() => setOpen(false)} />}
    </>
  );
}
