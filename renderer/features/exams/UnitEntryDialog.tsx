import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useState } from 'react';
import type { ExamUnit, LearnerExam, TypedEntry } from '../../../shared/api/exams';
import { formatMark, parseMarkInput } from '../../../shared/domain/marks/mark-input';
import { examsScreenFr as t } from '../../../shared/i18n/fr/exams-screen';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FieldText } from '../../components/FieldText';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/useAction';

type Kind = TypedEntry['kind'];

/** What a manager tells the simulator about one unit: a mark, an absence, a force majeure, or nothing. */
export function UnitEntryDialog({
  learnerId,
  sessionDate,
  unit,
  onClose,
}: {
  learnerId: number;
  sessionDate: string;
  unit: ExamUnit;
  onClose(saved: LearnerExam | null): void;
}) {
  const action = useAction();
  const [kind, setKind] = useState<Kind>(unit.typed?.kind ?? 'mark');
  const [mark, setMark] = useState(unit.typed?.kind === 'mark' ? formatMark(unit.typed.mark) : '');
  const [clearing, setClearing] = useState(false);

  const save = async (entry: TypedEntry | null) => {
    const view = await action.run(() =>
      call('exams.setUnit', { learnerId, unitCode: unit.code, entry, sessionDate }),
    );
    if (view) onClose(view);
  };

  async function submit() {
    if (kind !== 'mark') return save({ kind });
    const parsed = parseMarkInput(mark);
    if (!parsed.ok) return action.refuse({ 'entry.mark': parsed.reason });
    if (parsed.value.kind !== 'mark') return action.refuse({ 'entry.mark': t.markOnly });
    return save({ kind: 'mark', mark: parsed.value.mark });
  }

  return (
    <>
      <FormDialog
        title={t.unitDialog(unit.code, unit.title)}
        intro={t.unitDialogIntro}
        onClose={() => onClose(null)}
        onSubmit={submit}
        busy={action.busy}
        error={action.error}
      >
        <FormControl>
          <FormLabel id="exam-entry-kind">{t.entryKind}</FormLabel>
          <RadioGroup
            aria-labelledby="exam-entry-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
          >
            <FormControlLabel value="mark" control={<Radio />} label={t.entryMark} />
            <FormControlLabel value="absent" control={<Radio />} label={t.entryAbsent} />
            <FormControlLabel value="force_majeure" control={<Radio />} label={t.entryForceMajeure} />
          </RadioGroup>
        </FormControl>
        {kind === 'mark' && (
          <FieldText
            autoFocus
            label={t.markField}
            field="entry.mark"
            errors={action.fields}
            value={mark}
            onChange={setMark}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
        )}
        {unit.typed && (
          <Button color="error" onClick={() => setClearing(true)} sx={{ alignSelf: 'flex-start' }}>
            {t.clearEntry}
          </Button>
        )}
      </FormDialog>
      {clearing && (
        <ConfirmDialog
          text={t.confirmClear(unit.code)}
          confirmLabel={t.clear}
          onClose={(confirmed) => {
            setClearing(false);
            if (confirmed) void save(null);
          }}
        />
      )}
    </>
  );
}
