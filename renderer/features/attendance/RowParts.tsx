import CheckIcon from '@mui/icons-material/Check';
import DrawIcon from '@mui/icons-material/Draw';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AttendanceLine } from '../../../shared/api/attendance';
import { attendanceScreenFr as t } from '../../../shared/i18n/fr/attendance-screen';
import { pngSource } from './display';
import { parseMinutes } from './row-state';
import type { RowState } from './useSheet';

/**
 * Minutes of a late arrival or an early leave: sent on Enter or when the field is left, refused
 * in place when it is not a whole number from 1 to 240 (what was typed stays).
 */
export function MinutesField({
  label,
  saved,
  disabled,
  autoFocus,
  onCommit,
}: {
  label: string;
  /** The recorded value; 0 when none. */
  saved: number;
  disabled: boolean;
  autoFocus?: boolean;
  onCommit(minutes: number): Promise<boolean>;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const text = draft ?? (saved > 0 ? String(saved) : '');

  async function commit() {
    if (draft === null) return;
    const minutes = parseMinutes(draft);
    if (minutes === null) return setInvalid(true);
    setInvalid(false);
    if (minutes === saved) return setDraft(null);
    if (await onCommit(minutes)) setDraft(null);
  }

  return (
    <TextField
      label={label}
      value={text}
      disabled={disabled}
      autoFocus={autoFocus}
      onChange={(e) => {
        setDraft(e.target.value);
        setInvalid(false);
      }}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void commit();
        }
      }}
      error={invalid}
      helperText={invalid ? t.minutesInvalid : disabled ? ' ' : t.minutesHelp}
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
      sx={{ width: 170 }}
    />
  );
}

/** "Enregistrement…", "Enregistré" or the refusal, said to screen readers as it changes. */
export function RowStatusText({ state }: { state: RowState | undefined }) {
  return (
    <Box role="status" sx={{ minHeight: 24, display: 'flex', alignItems: 'center', gap: 0.5 }}>
      {state?.kind === 'saving' && (
        <>
          <CircularProgress size={14} />
          <Typography variant="caption">{t.saving}</Typography>
        </>
      )}
      {state?.kind === 'saved' && (
        <>
          <CheckIcon fontSize="small" color="success" />
          <Typography variant="caption" color="success.main">
            {t.saved}
          </Typography>
        </>
      )}
      {state?.kind === 'error' && (
        <>
          <ErrorOutlineIcon fontSize="small" color="error" />
          <Typography variant="caption" color="error">
            {state.message}
          </Typography>
        </>
      )}
    </Box>
  );
}

/** The learner's signature once drawn, or the button that hands them the pad. */
export function SignatureCell({
  line,
  name,
  canSign,
  onSign,
}: {
  line: AttendanceLine;
  name: string;
  canSign: boolean;
  onSign(): void;
}) {
  if (line.signaturePng) {
    return (
      <Box>
        <Box
          component="img"
          src={pngSource(line.signaturePng)}
          alt={t.signatureOf(name)}
          sx={{
            display: 'block',
            height: 44,
            maxWidth: 150,
            border: 1,
            borderColor: 'divider',
            borderRadius: 0.5,
            bgcolor: '#fff',
          }}
        />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          {line.signedAt && (
            <Typography variant="caption" color="text.secondary">
              {t.signedAt(line.signedAt)}
            </Typography>
          )}
          {canSign && (
            <Button
              size="small"
              onClick={onSign}
              aria-label={`${t.signAgain} : ${t.signOf(name)}`}
              sx={{ minWidth: 0, py: 0 }}
            >
              {t.signAgain}
            </Button>
          )}
        </Box>
      </Box>
    );
  }
  if (!canSign) return null;
  return (
    <Button
      variant="outlined"
      startIcon={<DrawIcon />}
      onClick={onSign}
      aria-label={t.signOf(name)}
      sx={{ minHeight: 48, minWidth: 110 }}
    >
      {t.sign}
    </Button>
  );
}
