import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/Download';
import EditIcon from '@mui/icons-material/Edit';
import LogoutIcon from '@mui/icons-material/Logout';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { CohortDetail } from '../../../shared/api/cohorts';
import { GROUP_MAX } from '../../../shared/domain/group-size';
import { formatDateShort } from '../../../shared/format/fr';
import { cohortRulesFr, groupsFr as t } from '../../../shared/i18n/fr/cohorts';
import { learnerStatusLabelsFr } from '../../../shared/i18n/fr/learners';

export type GroupDetail = CohortDetail['groups'][number];
export type Member = GroupDetail['learners'][number];

export interface GroupActions {
  add(): void;
  rename(): void;
  remove(): void;
  exportList(): void;
  move(learner: Member): void;
  takeOut(learner: Member): void;
}

export const learnerName = (l: { firstName: string; surname: string }) => `${l.firstName} ${l.surname}`;

/** The status chip of a learner who is no longer in training (nothing for the usual case). */
export function StatusChip({ status }: { status: string }) {
  if (status === 'in_training') return null;
  const label = learnerStatusLabelsFr[status as keyof typeof learnerStatusLabelsFr] ?? status;
  return <Chip size="small" variant="outlined" label={label} sx={{ ml: 1 }} />;
}

/** One group: its size against the limit, its current learners and what can be done to it. */
export function GroupCard({
  group,
  canWrite,
  actions,
  print,
}: {
  group: GroupDetail;
  canWrite: boolean;
  actions: GroupActions;
  /** The group's printed roster (a PDF button). */
  print?: ReactNode;
}) {
  const titleId = `group-${group.id}-title`;
  return (
    <Card variant="outlined" component="section" aria-labelledby={titleId}>
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <Typography id={titleId} component="h3" sx={{ flex: 1, fontSize: '1.1rem', fontWeight: 500 }}>
            {group.name}
          </Typography>
          <Chip
            size="small"
            label={t.count(group.learnerCount, GROUP_MAX)}
            color={group.plannable ? 'success' : 'default'}
            variant="outlined"
          />
        </Box>
        {!group.plannable && group.learnerCount < GROUP_MAX && (
          <Chip
            size="small"
            color="warning"
            icon={<WarningAmberIcon />}
            label={cohortRulesFr.incomplete}
            sx={{ mb: 1 }}
          />
        )}
        {group.learners.length === 0 ? (
          <Typography color="text.secondary">{t.empty}</Typography>
        ) : (
          <Table aria-label={t.learnersOf(group.name)}>
            <TableHead>
              <TableRow>
                <TableCell>{t.surname}</TableCell>
                <TableCell>{t.since}</TableCell>
                {canWrite && <TableCell align="right" />}
              </TableRow>
            </TableHead>
            <TableBody>
              {group.learners.map((l) => (
                <TableRow key={l.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/apprenants/${l.id}`}>
                      {`${l.surname} ${l.firstName}`}
                    </Link>
                    <StatusChip status={l.status} />
                  </TableCell>
                  <TableCell>{formatDateShort(l.since)}</TableCell>
                  {canWrite && (
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap', py: 0 }}>
                      <Tooltip title={t.move}>
                        <IconButton
                          aria-label={`${t.move} : ${learnerName(l)}`}
                          onClick={() => actions.move(l)}
                        >
                          <SwapHorizIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={t.removeLearner}>
                        <IconButton
                          aria-label={`${t.removeLearner} : ${learnerName(l)}`}
                          onClick={() => actions.takeOut(l)}
                        >
                          <LogoutIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <CardActions
        sx={{ flexWrap: 'wrap', gap: 0.5, px: 2, pb: 1.5 }}
        role="group"
        aria-label={t.actionsOf(group.name)}
      >
        {canWrite && (
          <Button size="small" startIcon={<PersonAddIcon />} onClick={actions.add}>
            {t.addLearners}
          </Button>
        )}
        <Button size="small" startIcon={<DownloadIcon />} onClick={actions.exportList}>
          {t.exportList}
        </Button>
        {print}
        <Box sx={{ flex: 1 }} />
        {canWrite && (
          <>
            <Tooltip title={t.rename}>
              <IconButton aria-label={`${t.rename} ${group.name}`} onClick={actions.rename}>
                <EditIcon fontSize="small" />
              </IconButton>
            </Tooltip>
            <Tooltip title={t.remove}>
              <IconButton aria-label={`${t.remove} ${group.name}`} onClick={actions.remove}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </>
        )}
      </CardActions>
    </Card>
  );
}
