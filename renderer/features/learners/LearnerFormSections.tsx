import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ACCESS_ROUTES, FUNDINGS, type AccessRoute } from '../../../shared/api/learners';
import { accessRouteLabelsFr, fundingLabelsFr } from '../../../shared/i18n/fr/learners';
import { learnersScreenFr as t } from '../../../shared/i18n/fr/learners-screen';
import { FieldGrid, FormSection, bind, bindDate, type SectionProps } from './FormSection';
import { hasAlternance, type LearnerFormValues } from './learner-form';

export function IdentitySection(props: SectionProps) {
  return (
    <FormSection title={t.identity}>
      <FieldGrid>
        <TextField {...bind(props, 'surname', t.surname)} required autoFocus />
        <TextField {...bind(props, 'firstName', t.firstName)} required />
        <TextField {...bindDate(props, 'birthDate', t.birthDate)} />
        <FormControlLabel
          label={t.foreignStudent}
          control={
            <Checkbox
              checked={props.values.foreignStudent}
              onChange={(e) => props.set('foreignStudent', e.target.checked)}
            />
          }
        />
      </FieldGrid>
    </FormSection>
  );
}

export function ContactSection(props: SectionProps) {
  return (
    <FormSection title={t.contact}>
      <FieldGrid>
        <TextField {...bind(props, 'email', t.email)} type="email" autoComplete="off" />
        <TextField {...bind(props, 'phone', t.phone)} type="tel" autoComplete="off" />
        <TextField {...bind(props, 'address', t.address)} />
      </FieldGrid>
    </FormSection>
  );
}

export function RouteSection(props: SectionProps) {
  const { values, set, fields } = props;
  return (
    <FormSection title={t.route}>
      <FieldGrid>
        <TextField
          select
          label={t.accessRoute}
          value={values.accessRoute}
          onChange={(e) => set('accessRoute', e.target.value as AccessRoute)}
          error={!!fields.accessRoute}
          helperText={fields.accessRoute}
          required
        >
          {ACCESS_ROUTES.map((r) => (
            <MenuItem key={r} value={r}>
              {accessRouteLabelsFr[r]}
            </MenuItem>
          ))}
        </TextField>
        {values.accessRoute === 'pro_formula' && (
          <TextField
            select
            label={t.funding}
            value={values.funding}
            onChange={(e) => set('funding', e.target.value as LearnerFormValues['funding'])}
            error={!!fields.funding}
            helperText={fields.funding}
            required
          >
            {FUNDINGS.map((f) => (
              <MenuItem key={f} value={f}>
                {fundingLabelsFr[f]}
              </MenuItem>
            ))}
          </TextField>
        )}
      </FieldGrid>
    </FormSection>
  );
}

export function AlternanceSection(props: SectionProps) {
  if (!hasAlternance(props.values.accessRoute)) return null;
  return (
    <FormSection title={t.alternance}>
      <FieldGrid>
        <TextField {...bind(props, 'employerName', t.employerName)} />
        <TextField {...bind(props, 'employerAddress', t.employerAddress)} />
        <TextField
          {...bind(props, 'employerSiret', t.employerSiret)}
          helperText={props.fields.employerSiret ?? t.siretHelp}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <TextField {...bind(props, 'tutorName', t.tutorName)} />
        <TextField {...bind(props, 'tutorEmail', t.tutorEmail)} type="email" autoComplete="off" />
        <TextField {...bind(props, 'tutorPhone', t.tutorPhone)} type="tel" autoComplete="off" />
        <TextField {...bindDate(props, 'contractStart', t.contractStart)} />
        <TextField {...bindDate(props, 'contractEnd', t.contractEnd)} />
      </FieldGrid>
    </FormSection>
  );
}
