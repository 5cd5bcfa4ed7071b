import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Learner } from '../../../shared/api/learners';
import { formatDateShort, formatNumber } from '../../../shared/format/fr';
import {
  accessRouteLabelsFr,
  fundingLabelsFr,
  learnerStatusLabelsFr,
} from '../../../shared/i18n/fr/learners';
import { learnersScreenFr as t } from '../../../shared/i18n/fr/learners-screen';
import { FormSection } from './FormSection';
import { hasAlternance } from './learner-form';

type Fact = [label: string, value: string | null];

const date = (iso: string | null) => (iso ? formatDateShort(iso) : null);

/** Label / value pairs as a description list, side by side on wide windows. */
function Facts({ facts }: { facts: Fact[] }) {
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}
    >
      {facts.map(([label, value]) => (
        <Box key={label}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-line' }}>
            {value || t.empty}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** A small read-only table, or a sentence when it has no row. */
function SimpleTable({ head, rows, empty }: { head: string[]; rows: string[][]; empty: string }) {
  if (rows.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <Table>
      <TableHead>
        <TableRow>
          {head.map((h) => (
            <TableCell key={h}>{h}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={i}>
            {row.map((cell, j) => (
              <TableCell key={j}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The learner's record, read only, in the same sections as the form. */
export function LearnerFacts({ learner: l }: { learner: Learner }) {
  const route: Fact[] = [[t.accessRoute, accessRouteLabelsFr[l.accessRoute]]];
  if (l.accessRoute === 'pro_formula') route.push([t.funding, l.funding && fundingLabelsFr[l.funding]]);
  const path: Fact[] = [
    [t.cohort, l.cohortName],
    [t.group, l.groupHistory.find((g) => !g.endDate)?.groupName ?? null],
    [t.entryDate, date(l.entryDate)],
    [t.exitDate, date(l.exitDate)],
    [t.status, learnerStatusLabelsFr[l.status]],
  ];
  if (l.status === 'dropped_out') {
    path.push([t.dropoutDate, date(l.dropoutDate)], [t.dropoutReason, l.dropoutReason]);
  }
  return (
    <>
      <FormSection title={t.identity}>
        <Facts
          facts={[
            [t.surname, l.surname],
            [t.firstName, l.firstName],
            [t.birthDate, date(l.birthDate)],
            [t.foreignStudent, l.foreignStudent ? t.yes : t.no],
          ]}
        />
      </FormSection>
      <FormSection title={t.contact}>
        <Facts
          facts={[
            [t.email, l.email],
            [t.phone, l.phone],
            [t.address, l.address],
          ]}
        />
      </FormSection>
      <FormSection title={t.route}>
        <Facts facts={route} />
      </FormSection>
      {hasAlternance(l.accessRoute) && (
        <FormSection title={t.alternance}>
          <Facts
            facts={[
              [t.employerName, l.employerName],
              [t.employerAddress, l.employerAddress],
              [t.employerSiret, l.employerSiret],
              [t.tutorName, l.tutorName],
              [t.tutorEmail, l.tutorEmail],
              [t.tutorPhone, l.tutorPhone],
              [t.contractStart, date(l.contractStart)],
              [t.contractEnd, date(l.contractEnd)],
            ]}
          />
        </FormSection>
      )}
      <FormSection title={t.path}>
        <Facts facts={path} />
      </FormSection>
      <FormSection title={t.groupHistory}>
        <SimpleTable
          head={[t.group, t.historyFrom, t.historyTo]}
          rows={l.groupHistory.map((g) => [
            g.groupName,
            formatDateShort(g.startDate),
            g.endDate ? formatDateShort(g.endDate) : t.historyCurrent,
          ])}
          empty={t.noHistory}
        />
      </FormSection>
      <FormSection title={t.dispensations}>
        <SimpleTable
          head={[t.dispensedUnit, t.reason]}
          rows={l.dispensations.map((d) => [d.unitCode, d.reason])}
          empty={t.noDispensation}
        />
      </FormSection>
      <FormSection title={t.keptMarks}>
        <SimpleTable
          head={[t.keptUnit, t.mark, t.obtainedOn]}
          rows={l.keptMarks.map((k) => [k.unitCode, formatNumber(k.mark), formatDateShort(k.obtainedOn)])}
          empty={t.noKeptMark}
        />
      </FormSection>
    </>
  );
}
