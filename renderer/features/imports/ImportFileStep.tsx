import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { Group } from '../../../shared/api/cohorts';
import type { ImportKind, ImportPreview } from '../../../shared/api/imports';
import { placesLeft } from '../../../shared/domain/group-size';
import { importsScreenFr as t } from '../../../shared/i18n/fr/imports-screen';
import { call } from '../../api';
import { useQuery } from '../../hooks/useQuery';

export interface FileStepProps {
  kind: ImportKind;
  fileName: string | null;
  preview: ImportPreview | null;
  busy: boolean;
  onTemplate(): void;
  onPick(file: File): void;
  cohortId: number | '';
  groupId: number | '';
  onCohort(id: number | ''): void;
  onGroup(id: number | ''): void;
  fields: Record<string, string>;
}

/** Step 1: the template, the file (with what was detected in it), and for learners where they go. */
export function ImportFileStep(props: FileStepProps) {
  const { kind, preview, fileName } = props;
  const input = useRef<HTMLInputElement>(null);
  return (
    <Stack spacing={2}>
      <Typography>{t.fileIntro}</Typography>
      <Stack direction="row" spacing={1}>
        <Button startIcon={<DownloadIcon />} onClick={props.onTemplate} disabled={props.busy}>
          {t.template}
        </Button>
        <Button
          variant={preview ? 'outlined' : 'contained'}
          startIcon={<UploadFileIcon />}
          onClick={() => input.current?.click()}
          disabled={props.busy}
        >
          {preview ? t.otherFile : t.chooseFile}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".csv,.xlsx"
          aria-label={t.chooseFile}
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) props.onPick(file);
          }}
        />
      </Stack>
      {preview && fileName && (
        <Box
          component="dl"
          aria-label={t.fileName}
          sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5 }}
        >
          <Detail label={t.fileName} value={fileName} />
          <Detail label={t.format} value={t.formats[preview.format]} />
          {preview.encoding && <Detail label={t.encoding} value={t.encodings[preview.encoding]} />}
          {preview.separator && <Detail label={t.separator} value={t.separatorName(preview.separator)} />}
          <Detail label={t.rowCount} value={preview.rowCount.toLocaleString('fr-FR')} />
        </Box>
      )}
      {kind === 'learners' && <Destination {...props} />}
    </Stack>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Typography component="dt" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {value}
      </Typography>
    </>
  );
}

/** The cohort the learners join (required) and optionally one of its groups, with places left. */
function Destination({ cohortId, groupId, onCohort, onGroup, fields }: FileStepProps) {
  const cohorts = useQuery('cohorts.list', {});
  const [groups, setGroups] = useState<{ cohortId: number; list: Group[] } | null>(null);

  useEffect(() => {
    if (cohortId === '') return;
    let current = true;
    void call('groups.list', { cohortId }).then((r) => {
      if (current && r.ok) setGroups({ cohortId, list: r.value });
    });
    return () => {
      current = false;
    };
  }, [cohortId]);

  const groupList = groups && groups.cohortId === cohortId ? groups.list : [];
  return (
    <Stack direction="row" spacing={2}>
      <TextField
        select
        label={t.cohort}
        value={cohorts.data?.some((c) => c.id === cohortId) ? cohortId : ''}
        onChange={(e) => {
          const value = e.target.value as number | '';
          onCohort(value === '' ? '' : Number(value));
        }}
        error={!!fields.cohortId || !!cohorts.error}
        helperText={fields.cohortId ?? cohorts.error}
        required
      >
        {(cohorts.data ?? []).map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t.group}
        value={groupList.some((g) => g.id === groupId) ? groupId : ''}
        onChange={(e) => {
          const value = e.target.value as number | '';
          onGroup(value === '' ? '' : Number(value));
        }}
        disabled={cohortId === ''}
        error={!!fields.groupId}
        helperText={fields.groupId}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t.noGroup}</MenuItem>
        {groupList.map((g) => (
          <MenuItem key={g.id} value={g.id} disabled={placesLeft(g.learnerCount) === 0}>
            {t.groupOption(g.name, g.learnerCount, placesLeft(g.learnerCount))}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
