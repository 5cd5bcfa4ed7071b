import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { AttendanceSheet } from '../../../shared/api/attendance';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';

/** What the sheet is about, as a description list: the facts a printed sheet carries. */
export function SheetFacts({ sheet }: { sheet: AttendanceSheet }) {
  const s = sheet.session;
  const facts: [string, string][] = [
    [t.facts.action, sheet.actionTitle],
    [t.facts.group, t.groupOf(s.cohortName, s.groupName)],
    [t.facts.subject, s.subjectName],
    [t.facts.date, t.dateOf(s.date)],
    [t.facts.times, t.timesOf(s.start, s.end, s.hours)],
    [t.facts.room, s.roomName ?? t.none],
    [t.facts.trainer, s.trainerName ?? t.none],
    [t.facts.modality, t.modalities[s.modality]],
  ];
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        mb: 2,
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
      }}
    >
      {facts.map(([label, value]) => (
        <Box key={label}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
