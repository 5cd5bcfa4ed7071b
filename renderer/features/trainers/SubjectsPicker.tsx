import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { SubjectChoice } from '../../../shared/api/trainers';
import { trainersFr } from '../../../shared/i18n/fr/trainers';

/** Subjects taught: several, picked from every programme's subjects, grouped by programme. */
export function SubjectsPicker({
  choices,
  value,
  onChange,
  error,
}: {
  choices: readonly SubjectChoice[];
  value: readonly number[];
  onChange(ids: number[]): void;
  error?: string;
}) {
  const selected = choices.filter((c) => value.includes(c.id));
  return (
    <Autocomplete
      multiple
      options={choices as SubjectChoice[]}
      value={selected}
      onChange={(_e, next) => onChange(next.map((s) => s.id))}
      groupBy={(s) => s.programmeTitle}
      getOptionLabel={(s) => s.name}
      getOptionKey={(s) => s.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      disableCloseOnSelect
      noOptionsText={trainersFr.noSubjectChoices}
      renderInput={(params) => (
        <TextField
          {...params}
          label={trainersFr.subjects}
          error={!!error}
          helperText={error}
          placeholder={selected.length ? undefined : trainersFr.subjectsNone}
        />
      )}
    />
  );
}
