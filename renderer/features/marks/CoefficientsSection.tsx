import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
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
import type { Coefficients } from '../../../shared/api/marks';
import { commonFr } from '../../../shared/i18n/fr/common';
import { marksSetupFr as t } from '../../../shared/i18n/fr/marks-setup';
import { call } from '../../api';
import { useQuery } from '../../hooks/useQuery';
import { Section } from '../cohorts/CohortSections';
import { parseDecimalFr } from '../../../shared/format/fr';

type Row = Coefficients['subjects'][number];

/** "1,5" or "1.5" as a number; NaN when it is not one. */
const decimal = (text: string): number => parseDecimalFr(text) ?? Number.NaN;

/**
 * "Coefficients" on a cohort's page: each subject's coefficient in the general average, the
 * programme's unless the cohort has its own; "Rétablir" goes back to the programme's.
 */
export function CoefficientsSection({ cohortId, canEdit }: { cohortId: number; canEdit: boolean }) {
  const query = useQuery('coefficients.get', { cohortId });
  const [saved, setSaved] = useState<Coefficients | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = saved ?? query.data;

  async function save(row: Row, coefficient: number | null): Promise<boolean> {
    const result = await call('coefficients.set', { cohortId, subjectId: row.subjectId, coefficient });
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setError(null);
    setSaved(result.value);
    setNotice(
      coefficient === null
        ? t.coefficientReset(row.subjectName)
        : t.coefficientSaved(row.subjectName, coefficient),
    );
    return true;
  }

  return (
    <Section id="coefficients-title" title={t.coefficientsTitle} intro={t.coefficientsIntro}>
      {query.error && <Alert severity="error">{query.error}</Alert>}
      {error && (
        <Alert severity="error" sx={{ mb: 1.5 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {!data ? (
        !query.error && <Typography color="text.secondary">{commonFr.loading}</Typography>
      ) : data.subjects.length === 0 ? (
        <Typography color="text.secondary">{t.noSubjects}</Typography>
      ) : (
        <Paper variant="outlined">
          <Table aria-label={t.coefficientsLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.colSubject}</TableCell>
                <TableCell align="right">{t.colProgramme}</TableCell>
                <TableCell>{t.colCohort}</TableCell>
                <TableCell align="right">{t.colApplied}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.subjects.map((row) => (
                <CoefficientRow
                  key={`${row.subjectId}-${row.cohortCoefficient ?? ''}`}
                  row={row}
                  canEdit={canEdit}
                  onSave={save}
                />
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </Section>
  );
}

function CoefficientRow({
  row,
  canEdit,
  onSave,
}: {
  row: Row;
  canEdit: boolean;
  onSave(row: Row, coefficient: number | null): Promise<boolean>;
}) {
  const initial = row.cohortCoefficient === null ? '' : t.number(row.cohortCoefficient);
  const [text, setText] = useState(initial);
  const [invalid, setInvalid] = useState(false);

  function commit() {
    if (text.trim() === initial) return setInvalid(false);
    if (text.trim() === '') return void onSave(row, null);
    const value = decimal(text);
    if (!(value > 0 && value <= 100)) return setInvalid(true);
    setInvalid(false);
    void onSave(row, value);
  }

  return (
    <TableRow>
      <TableCell>{row.subjectName}</TableCell>
      <TableCell align="right">{t.number(row.programmeCoefficient)}</TableCell>
      <TableCell>
        {canEdit ? (
          <form
            style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}
            onSubmit={(e) => {
              e.preventDefault();
              commit();
            }}
          >
            <TextField
              label={t.cohortOf(row.subjectName)}
              value={text}
              placeholder={t.programmeApplies}
              onChange={(e) => setText(e.target.value)}
              onBlur={commit}
              error={invalid}
              helperText={invalid ? t.coefficientInvalid : undefined}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              sx={{ width: 220 }}
            />
            {row.cohortCoefficient !== null && (
              <Button aria-label={t.resetOf(row.subjectName)} onClick={() => void onSave(row, null)}>
                {t.reset}
              </Button>
            )}
          </form>
        ) : row.cohortCoefficient === null ? (
          t.programmeApplies
        ) : (
          t.number(row.cohortCoefficient)
        )}
      </TableCell>
      <TableCell align="right">{t.number(row.coefficient)}</TableCell>
    </TableRow>
  );
}
