import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { CohortDetail } from '../../../shared/api/cohorts';
import { groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { StatusChip } from './GroupCard';

export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} style={{ marginTop: 32 }}>
      <Typography id={id} variant="h2" sx={{ mb: intro ? 0.5 : 1.5 }}>
        {title}
      </Typography>
      {intro && (
        <Typography color="text.secondary" sx={{ mb: 1.5 }}>
          {intro}
        </Typography>
      )}
      {children}
    </section>
  );
}

/** Learners of the cohort in no group at present. */
export function UngroupedSection({ learners }: { learners: CohortDetail['ungrouped'] }) {
  return (
    <Section id="ungrouped-title" title={`${t.ungroupedTitle} (${learners.length})`}>
      {learners.length === 0 ? (
        <Typography color="text.secondary">{t.ungroupedEmpty}</Typography>
      ) : (
        <Paper variant="outlined">
          <Table aria-label={t.ungroupedTitle}>
            <TableHead>
              <TableRow>
                <TableCell>{t.surname}</TableCell>
                <TableCell>{t.firstName}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {learners.map((l) => (
                <TableRow key={l.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/apprenants/${l.id}`}>
                      {l.surname}
                    </Link>
                    <StatusChip status={l.status} />
                  </TableCell>
                  <TableCell>{l.firstName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </Section>
  );
}

/** The trainers teaching a subject of the cohort's programme: the list given to learners before entry. */
export function TrainersSection({
  trainers,
  print,
}: {
  trainers: CohortDetail['trainers'];
  /** The printed list of who teaches the cohort (a PDF button). */
  print?: ReactNode;
}) {
  return (
    <Section id="trainers-title" title={t.trainersTitle} intro={t.trainersIntro}>
      {print && <Box sx={{ mb: 1.5 }}>{print}</Box>}
      {trainers.length === 0 ? (
        <Typography color="text.secondary">{t.trainersEmpty}</Typography>
      ) : (
        <Paper variant="outlined">
          <Table aria-label={t.trainersTitle}>
            <TableHead>
              <TableRow>
                <TableCell>{t.trainerName}</TableCell>
                <TableCell>{t.trainerSubjects}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {trainers.map((trainer) => (
                <TableRow key={trainer.id}>
                  <TableCell
                    sx={{ whiteSpace: 'nowrap' }}
                  >{`${trainer.surname} ${trainer.firstName}`}</TableCell>
                  <TableCell>{trainer.subjects.join(', ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </Section>
  );
}
