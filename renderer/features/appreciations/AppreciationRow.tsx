import HistoryIcon from '@mui/icons-material/History';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useCallback, useRef, useState } from 'react';
import { appreciationLength, type AppreciationRow as Row } from '../../../shared/api/appreciations';
import type { DisplayRounding } from '../../../shared/domain/marks/rounding';
import { appreciationsFr as t } from '../../../shared/i18n/fr/appreciations';
import { averagesFr } from '../../../shared/i18n/fr/averages';
import { AverageText } from '../averages/AverageText';
import { AppreciationConflict } from './AppreciationConflict';
import { PhraseMenu } from './PhraseMenu';
import { SaveStatus } from './SaveStatus';
import { useAppreciationSave } from './useAppreciationSave';
import type { PhraseBank } from './usePhrases';

/** `phrase` put where the cursor is (replacing a selection), a space on each side when needed. */
function insertAt(text: string, phrase: string, start: number, end: number): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const left = before === '' || /\s$/.test(before) ? '' : ' ';
  const right = after === '' || /^\s/.test(after) ? '' : ' ';
  const inserted = `${left}${phrase}${right}`;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}

/**
 * One learner's appreciation: their average for context, the text with its live counter, saved
 * when the field is left, the phrase bank and the history; when someone else saved it
 * meanwhile, their version beside the typed text and the choice between them.
 */
export function AppreciationRow({
  row,
  groupId,
  periodId,
  subjectId,
  maxLength,
  rounding,
  canWrite,
  bank,
  onHistory,
}: {
  row: Row;
  groupId: number;
  periodId: number;
  subjectId: number | null;
  maxLength: number;
  rounding: DisplayRounding;
  canWrite: boolean;
  bank: PhraseBank;
  onHistory(row: Row): void;
}) {
  const name = `${row.firstName} ${row.surname}`;
  const [lastChange, setLastChange] = useState({ by: row.updatedBy, at: row.updatedAt });
  const onSaved = useCallback(
    (saved: { updatedBy: string | null; updatedAt: string | null }) =>
      setLastChange({ by: saved.updatedBy, at: saved.updatedAt }),
    [],
  );
  const { text, setText, state, save, keepMine, takeTheirs } = useAppreciationSave(
    { groupId, learnerId: row.learnerId, periodId, subjectId },
    row,
    onSaved,
  );
  const input = useRef<HTMLTextAreaElement>(null);
  const length = appreciationLength(text.trim());
  const over = length > maxLength;

  function insert(phrase: string) {
    const el = input.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const next = insertAt(text, phrase, start, end);
    setText(next.text);
    void save(next.text);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(next.caret, next.caret);
    });
  }

  function selectedText(): string {
    const el = input.current;
    if (!el) return text;
    return el.value.slice(el.selectionStart, el.selectionEnd) || el.value;
  }

  return (
    <Paper
      variant="outlined"
      component="li"
      sx={{
        p: 1.5,
        display: 'flex',
        flexWrap: { xs: 'wrap', md: 'nowrap' },
        gap: 2,
        alignItems: 'flex-start',
      }}
    >
      <Box sx={{ width: { xs: '100%', md: 230 }, flexShrink: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Typography sx={{ fontWeight: 600, flex: 1 }}>
            {row.surname} {row.firstName}
          </Typography>
          <Tooltip title={t.history}>
            <IconButton aria-label={t.historyButton(name)} onClick={() => onHistory(row)} size="small">
              <HistoryIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
        <Typography variant="body2" color="text.secondary" component="div">
          {subjectId === null ? averagesFr.general : t.average} :{' '}
          <Box component="span" sx={{ color: 'text.primary', fontWeight: 600 }}>
            <AverageText average={row.average} rounding={rounding} />
          </Box>
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flex: 1, minWidth: 0 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <TextField
            label={t.appreciationOf(name)}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onBlur={() => canWrite && void save(text)}
            multiline
            minRows={2}
            fullWidth
            inputRef={input}
            error={over || state.kind === 'error'}
            slotProps={{
              htmlInput: { readOnly: !canWrite, 'aria-describedby': `counter-${row.learnerId}` },
              formHelperText: { component: 'div' },
            }}
            helperText={
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                <Box sx={{ flex: 1 }}>
                  <SaveStatus
                    state={state}
                    idleText={
                      lastChange.by && lastChange.at ? t.lastChange(lastChange.by, lastChange.at) : null
                    }
                    onRetry={() => void save(text)}
                  />
                </Box>
                <Box
                  component="span"
                  id={`counter-${row.learnerId}`}
                  sx={{ color: over ? 'error.main' : 'text.secondary', whiteSpace: 'nowrap' }}
                >
                  {t.counter(length, maxLength)}
                  {over && ` — ${t.overLimit(length, maxLength)}`}
                </Box>
              </Box>
            }
          />
          {state.kind === 'conflict' && (
            <AppreciationConflict
              learner={name}
              message={state.message}
              theirs={state.theirs}
              onKeepMine={() => void keepMine()}
              onTakeTheirs={takeTheirs}
            />
          )}
        </Box>
        {canWrite && (
          <PhraseMenu
            learner={name}
            bank={bank}
            disabled={false}
            selectedText={selectedText}
            onInsert={insert}
          />
        )}
      </Box>
    </Paper>
  );
}
