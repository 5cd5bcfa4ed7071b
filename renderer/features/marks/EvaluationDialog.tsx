import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { EVALUATION_KINDS, type Evaluation, type MarkSheet } from '../../../shared/api/marks';
import type { Result } from '../../../shared/api/result';
import { STALE_FIELD } from '../../../shared/api/versions';
import { formatNumber } from '../../../shared/format/fr';
import { marksScreenFr as t } from '../../../shared/i18n/fr/marks-screen';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FieldText } from '../../components/FieldText';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { parseDecimalFr } from '../../../shared/format/fr';

type Kind = (typeof EVALUATION_KINDS)[number];

/** "1,5" or "1.5" as a number; NaN when it is not one. */
const decimal = (text: string): number => parseDecimalFr(text) ?? Number.NaN;

function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** A new evaluation is dated today when today is in the period, else on the period's first day. */
function defaultDate(period: MarkSheet['period']): string {
  const today = todayIso();
  return today >= period.startDate && today <= period.endDate ? today : period.startDate;
}

/**
 * Creates or changes an evaluation of the sheet: title, date, type, coefficient, scale, and for
 * a BTS blanc the exam unit it stands for. An existing one can be deleted from here (with its
 * marks only by a manager, confirmed). Saves send the version read (shared/api/versions.ts):
 * when someone changed the evaluation meanwhile, the refusal shows it as it now is, the fields
 * keep what was typed, and the dialog reads the evaluation again, so a second "Enregistrer" or
 * "Supprimer" is made knowingly over the current version.
 */
export function EvaluationDialog({
  sheet,
  evaluation,
  programmeId,
  canForceDelete,
  onClose,
  onStale,
}: {
  sheet: MarkSheet;
  /** Null: a new evaluation. */
  evaluation: Evaluation | null;
  programmeId: number | null;
  canForceDelete: boolean;
  /** The message to show once done, or null when cancelled. */
  onClose(done: string | null): void;
  /** Called after a refusal for a stale read, to read the sheet again behind the dialog. */
  onStale?(): void;
}) {
  const [current, setCurrent] = useState(evaluation);
  const [title, setTitle] = useState(evaluation?.title ?? '');
  const [date, setDate] = useState(evaluation?.date ?? defaultDate(sheet.period));
  const [kind, setKind] = useState<Kind>(evaluation?.kind ?? 'homework');
  const [coefficient, setCoefficient] = useState(
    formatNumber(evaluation?.coefficient ?? 1, 2).replace(/\s/g, ''),
  );
  const [scale, setScale] = useState(formatNumber(evaluation?.scale ?? 20, 2).replace(/\s/g, ''));
  const [unitCode, setUnitCode] = useState(evaluation?.unitCode ?? sheet.subject.unitCode ?? '');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const action = useAction();
  const programme = useQuery('programmes.get', { id: programmeId ?? 0 });
  const units = programmeId ? (programme.data?.units ?? []) : [];

  /** A refusal for a stale read: the evaluation as it now is becomes the version sent next. */
  async function watch<T>(result: Promise<Result<T>>): Promise<Result<T>> {
    const r = await result;
    if (r.ok || r.error.code !== 'CONFLICT' || !r.error.fields?.[STALE_FIELD] || !current) return r;
    const listed = await call('evaluations.list', {
      groupId: sheet.group.id,
      subjectId: sheet.subject.id,
      periodId: sheet.period.id,
    });
    const fresh = listed.ok ? listed.value.find((e) => e.id === current.id) : undefined;
    if (fresh) setCurrent(fresh);
    onStale?.();
    return r;
  }

  async function submit() {
    const coef = decimal(coefficient);
    const max = decimal(scale);
    const invalid: Record<string, string> = {};
    if (!(coef > 0)) invalid.coefficient = t.numberInvalid;
    if (!(max > 0)) invalid.scale = t.numberInvalid;
    if (Object.keys(invalid).length > 0) return action.refuse(invalid);
    const fields = {
      periodId: sheet.period.id,
      title,
      date,
      kind,
      coefficient: coef,
      scale: max,
      unitCode: kind === 'mock_exam' && unitCode ? unitCode : null,
    };
    const saved = await action.run(() =>
      current
        ? watch(
            call('evaluations.update', { id: current.id, expectedUpdatedAt: current.updatedAt, ...fields }),
          )
        : call('evaluations.create', { groupId: sheet.group.id, subjectId: sheet.subject.id, ...fields }),
    );
    if (saved) onClose(evaluation ? t.updated(saved.title) : t.created(saved.title));
  }

  async function remove() {
    if (!current) return;
    const done = await action.run(() =>
      watch(
        call('evaluations.delete', {
          id: current.id,
          force: canForceDelete && current.markCount > 0,
          expectedUpdatedAt: current.updatedAt,
        }),
      ),
    );
    if (done) onClose(t.deleted(current.title));
  }

  return (
    <>
      <FormDialog
        title={evaluation ? t.editTitle(evaluation.title) : t.createTitle}
        onClose={() => onClose(null)}
        onSubmit={submit}
        busy={action.busy}
        error={action.error}
        maxWidth="sm"
      >
        <FieldText
          field="title"
          errors={action.fields}
          label={t.fieldTitle}
          value={title}
          onChange={setTitle}
          autoFocus
          required
        />
        <Stack direction="row" spacing={2}>
          <FieldText
            field="date"
            errors={action.fields}
            label={t.fieldDate}
            type="date"
            value={date}
            onChange={setDate}
            slotProps={{ inputLabel: { shrink: true } }}
            required
          />
          <TextField
            select
            label={t.fieldKind}
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
            error={!!action.fields.kind}
            helperText={action.fields.kind}
          >
            {EVALUATION_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {t.kinds[k]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Stack direction="row" spacing={2}>
          <FieldText
            field="coefficient"
            errors={action.fields}
            label={t.fieldCoefficient}
            value={coefficient}
            onChange={setCoefficient}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            required
          />
          <FieldText
            field="scale"
            errors={action.fields}
            label={t.fieldScale}
            help={t.scaleHelp}
            value={scale}
            onChange={setScale}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            required
          />
        </Stack>
        {kind === 'mock_exam' && (
          <TextField
            select
            label={t.fieldUnit}
            value={unitCode}
            onChange={(e) => setUnitCode(e.target.value)}
            error={!!action.fields.unitCode}
            helperText={action.fields.unitCode}
          >
            <MenuItem value="">{t.unitNone}</MenuItem>
            {units.map((u) => (
              <MenuItem key={u.code} value={u.code}>
                {`${u.code} — ${u.title}`}
              </MenuItem>
            ))}
          </TextField>
        )}
        {evaluation && (
          <Box>
            <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => setConfirmDelete(true)}>
              {t.delete}
            </Button>
          </Box>
        )}
      </FormDialog>
      {confirmDelete && current && (
        <ConfirmDialog
          text={
            current.markCount > 0
              ? t.confirmDeleteMarks(current.title, current.markCount)
              : t.confirmDelete(current.title)
          }
          confirmLabel={t.delete}
          onClose={(confirmed) => {
            setConfirmDelete(false);
            if (confirmed) void remove();
          }}
        />
      )}
    </>
  );
}
