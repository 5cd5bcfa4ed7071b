import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import DescriptionIcon from '@mui/icons-material/Description';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DOCUMENT_KINDS, issuers } from '../../../shared/api/documents';
import type { Learner } from '../../../shared/api/learners';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';
import { useSession } from '../../session';
import { documentsPaths } from './paths';

/**
 * On a learner's page: Bulletin / Attestation / Certificat de réalisation, each opening Documents
 * with this learner alone ticked in their cohort and latest group. Issuers only.
 */
export function LearnerDocumentsMenu({ learner }: { learner: Learner }) {
  const { user } = useSession();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!issuers.includes(user.role) || !learner.cohortId) return null;
  const groupId = learner.groupHistory[0]?.groupId ?? null;
  const name = `${learner.firstName} ${learner.surname}`;

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<DescriptionIcon />}
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={t.learnerMenuLabel(name)}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {t.learnerMenu}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {DOCUMENT_KINDS.filter((kind) => kind !== 'reportCards' || groupId).map((kind) => (
          <MenuItem
            key={kind}
            onClick={() =>
              navigate(
                documentsPaths.generate({ kind, cohortId: learner.cohortId, groupId, learnerId: learner.id }),
              )
            }
          >
            {t.learnerActions[kind]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
