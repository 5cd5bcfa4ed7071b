import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import { ATTESTATION_RESULTS, REPORT_CARD_ROWS, type Settings } from '../../../shared/api/settings';
import { documentSettingsFr as t } from '../../../shared/i18n/fr/centre';
import { call } from '../../api';
import { FieldText } from '../../components/FieldText';
import { useAction } from '../../hooks/useAction';
import { enterSubmits } from './enter-submits';

type Documents = Settings['documents'];
type Result = (typeof ATTESTATION_RESULTS)[number];
const NOTE = 'documents.attestationNote';
const NOTE_MAX = 600;

/** The chosen parts first, in their order, then the others: the order the list shows. */
const orderOf = (chosen: readonly Result[]): Result[] => [
  ...chosen,
  ...ATTESTATION_RESULTS.filter((r) => !chosen.includes(r)),
];

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The parts of the attestation's result: a checkbox each, arrows to order them. */
function ResultParts({
  order,
  chosen,
  onChange,
}: {
  order: Result[];
  chosen: ReadonlySet<Result>;
  onChange(order: Result[], chosen: Set<Result>): void;
}) {
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">{t.results}</FormLabel>
      <Stack component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {order.map((result, i) => (
          <Box component="li" key={result} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <FormControlLabel
              sx={{ flex: 1, mr: 0 }}
              control={
                <Checkbox
                  size="small"
                  checked={chosen.has(result)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(result);
                    else next.delete(result);
                    onChange(order, next);
                  }}
                />
              }
              label={t.resultOptions[result]}
            />
            <IconButton
              size="small"
              aria-label={t.moveUp(t.resultOptions[result])}
              disabled={i === 0}
              onClick={() => onChange(move(order, i, i - 1), new Set(chosen))}
            >
              <ArrowUpwardIcon fontSize="small" />
            </IconButton>
            <IconButton
              size="small"
              aria-label={t.moveDown(t.resultOptions[result])}
              disabled={i === order.length - 1}
              onClick={() => onChange(move(order, i, i + 1), new Set(chosen))}
            >
              <ArrowDownwardIcon fontSize="small" />
            </IconButton>
          </Box>
        ))}
      </Stack>
      <FormHelperText sx={{ mt: 0 }}>{t.resultsHelp}</FormHelperText>
    </FormControl>
  );
}

/** How documents word the results (settings.documents), administrators only. */
export function DocumentsSettingsSection() {
  const [rows, setRows] = useState<Documents['reportCardRows'] | null>(null);
  const [order, setOrder] = useState<Result[]>([...ATTESTATION_RESULTS]);
  const [chosen, setChosen] = useState<Set<Result>>(new Set());
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (!r.ok) return;
      const documents = r.value.documents;
      setRows(documents.reportCardRows);
      setOrder(orderOf(documents.attestationResults));
      setChosen(new Set(documents.attestationResults));
      setNote(documents.attestationNote);
    });
  }, []);

  if (rows === null) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const documents: Documents = {
      reportCardRows: rows!,
      attestationResults: order.filter((r) => chosen.has(r)),
      attestationNote: note,
    };
    const result = await action.run(() => call('settings.update', { documents }));
    if (result) setSaved(true);
  }

  return (
    <Stack component="form" spacing={2.5} onSubmit={submit} noValidate sx={{ maxWidth: 720 }}>
      <Typography variant="body2" color="text.secondary">
        {t.intro}
      </Typography>
      {action.error && <Alert severity="error">{action.error}</Alert>}
      {saved && <Alert severity="success">{t.saved}</Alert>}
      <FormControl>
        <FormLabel id="documents-rows">{t.rows}</FormLabel>
        <RadioGroup
          aria-labelledby="documents-rows"
          value={rows}
          onChange={(e) => {
            setSaved(false);
            setRows(e.target.value as Documents['reportCardRows']);
          }}
        >
          {REPORT_CARD_ROWS.map((value) => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio size="small" />}
              label={t.rowsOptions[value]}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <ResultParts
        order={order}
        chosen={chosen}
        onChange={(nextOrder, nextChosen) => {
          setSaved(false);
          setOrder(nextOrder);
          setChosen(nextChosen);
        }}
      />
      <FieldText
        field={NOTE}
        errors={action.fields}
        label={t.note}
        help={t.noteHelp(note.length, NOTE_MAX)}
        value={note}
        onChange={(v) => {
          setSaved(false);
          setNote(v);
        }}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { maxLength: NOTE_MAX, onKeyDown: enterSubmits } }}
      />
      <Button type="submit" variant="contained" disabled={action.busy} sx={{ alignSelf: 'flex-start' }}>
        {t.save}
      </Button>
    </Stack>
  );
}
