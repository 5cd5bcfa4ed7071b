import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Teaching } from '../../../shared/api/marks';
import { commonFr } from '../../../shared/i18n/fr/common';
import { marksSetupFr as t } from '../../../shared/i18n/fr/marks-setup';
import { call } from '../../api';
import { useQuery } from '../../hooks/useQuery';
import { Section } from '../cohorts/CohortSections';

interface TrainerOption {
  id: number;
  name: string;
}

/**
 * "Enseignements" on a cohort's page: for one of its groups, the trainers set on each subject of
 * the programme (editable by a manager) next to those found in the planning, which count too.
 */
export function TeachingSection({
  groups,
  canEdit,
}: {
  groups: { id: number; name: string }[];
  canEdit: boolean;
}) {
  const [groupId, setGroupId] = useState<number | null>(null);
  const group = groups.find((g) => g.id === groupId) ?? groups[0] ?? null;

  return (
    <Section id="teaching-title" title={t.teachingTitle} intro={t.teachingIntro}>
      {!group ? (
        <Typography color="text.secondary">{t.noGroups}</Typography>
      ) : (
        <>
          <TextField
            select
            label={t.group}
            sx={{ width: 280, mb: 1.5 }}
            value={String(group.id)}
            onChange={(e) => setGroupId(Number(e.target.value))}
          >
            {groups.map((g) => (
              <MenuItem key={g.id} value={String(g.id)}>
                {g.name}
              </MenuItem>
            ))}
          </TextField>
          <GroupTeaching key={group.id} groupId={group.id} groupName={group.name} canEdit={canEdit} />
        </>
      )}
    </Section>
  );
}

function GroupTeaching({
  groupId,
  groupName,
  canEdit,
}: {
  groupId: number;
  groupName: string;
  canEdit: boolean;
}) {
  const query = useQuery('teaching.list', { groupId });
  const trainers = useQuery('trainers.list', {});
  const [saved, setSaved] = useState<Teaching | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const teaching = saved ?? query.data;

  const options: TrainerOption[] = (trainers.data ?? []).map((tr) => ({
    id: tr.id,
    name: `${tr.surname} ${tr.firstName}`,
  }));

  async function assign(subjectId: number, subjectName: string, chosen: TrainerOption[]) {
    const result = await call('teaching.set', { groupId, subjectId, trainerIds: chosen.map((c) => c.id) });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setSaved(result.value);
    setNotice(t.teachingSaved(subjectName));
  }

  if (query.error) return <Alert severity="error">{query.error}</Alert>;
  if (!teaching) return <Typography color="text.secondary">{commonFr.loading}</Typography>;
  if (teaching.subjects.length === 0) return <Typography color="text.secondary">{t.noSubjects}</Typography>;

  return (
    <>
      {error && (
        <Alert severity="error" sx={{ mb: 1.5 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <Paper variant="outlined">
        <Table aria-label={t.teachingLabel(groupName)}>
          <TableHead>
            <TableRow>
              <TableCell>{t.colSubject}</TableCell>
              <TableCell sx={{ width: '45%' }}>{t.colAssigned}</TableCell>
              <TableCell>{t.colPlanned}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {teaching.subjects.map((s) => {
              const assigned = s.trainers
                .filter((tr) => tr.assigned)
                .map((tr) => ({ id: tr.trainerId, name: tr.name }));
              const planned = s.trainers.filter((tr) => tr.planned).map((tr) => tr.name);
              return (
                <TableRow key={s.subjectId}>
                  <TableCell>{s.subjectName}</TableCell>
                  <TableCell>
                    {canEdit ? (
                      <Autocomplete
                        multiple
                        options={options}
                        value={assigned}
                        getOptionLabel={(o) => o.name}
                        isOptionEqualToValue={(a, b) => a.id === b.id}
                        onChange={(_, chosen) => void assign(s.subjectId, s.subjectName, chosen)}
                        renderInput={(params) => (
                          <TextField {...params} label={t.assignedOf(s.subjectName)} />
                        )}
                      />
                    ) : (
                      assigned.map((a) => a.name).join(', ') || t.nonePlanned
                    )}
                  </TableCell>
                  <TableCell>{planned.length > 0 ? planned.join(', ') : t.nonePlanned}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Paper>
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </>
  );
}
