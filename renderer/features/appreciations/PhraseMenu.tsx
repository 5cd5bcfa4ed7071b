import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import FormatQuoteIcon from '@mui/icons-material/FormatQuote';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import type { Phrase } from '../../../shared/api/appreciations';
import { appreciationsFr as t } from '../../../shared/i18n/fr/appreciations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { AddPhraseDialog } from './AddPhraseDialog';
import type { PhraseBank } from './usePhrases';

/**
 * "Mes phrases" beside an appreciation: pick a phrase to insert it where the cursor was, add the
 * selected text (or the whole appreciation) to the bank, or remove a phrase (confirmed).
 */
export function PhraseMenu({
  learner,
  bank,
  disabled,
  selectedText,
  onInsert,
}: {
  learner: string;
  bank: PhraseBank;
  disabled: boolean;
  /** What "Ajouter à mes phrases" proposes: the field's selection, else its whole text. */
  selectedText(): string;
  onInsert(text: string): void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Phrase | null>(null);

  return (
    <>
      <Tooltip title={t.phrases}>
        <span>
          <IconButton
            aria-label={t.phrasesButton(learner)}
            aria-haspopup="menu"
            disabled={disabled}
            // Read before the field loses its selection to the menu.
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => setAnchor(e.currentTarget)}
          >
            <FormatQuoteIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {bank.phrases.length === 0 && (
          <MenuItem disabled sx={{ whiteSpace: 'normal', maxWidth: 420 }}>
            {t.noPhrase}
          </MenuItem>
        )}
        {bank.phrases.map((phrase) => (
          <MenuItem
            key={phrase.id}
            onClick={() => {
              setAnchor(null);
              onInsert(phrase.text);
            }}
            sx={{ whiteSpace: 'normal', maxWidth: 520, gap: 1 }}
          >
            <ListItemText primary={phrase.text} />
            <IconButton
              size="small"
              edge="end"
              aria-label={t.deletePhrase(phrase.text)}
              onClick={(e) => {
                e.stopPropagation();
                setAnchor(null);
                setDeleting(phrase);
              }}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            setAdding(selectedText());
            setAnchor(null);
          }}
        >
          <ListItemIcon>
            <AddIcon fontSize="small" />
          </ListItemIcon>
          {t.addToPhrases}
        </MenuItem>
      </Menu>
      {adding !== null && <AddPhraseDialog initial={adding} bank={bank} onClose={() => setAdding(null)} />}
      {deleting && (
        <ConfirmDialog
          text={t.confirmDeletePhrase(deleting.text)}
          confirmLabel={t.delete}
          onClose={(confirmed) => {
            if (confirmed) void bank.remove(deleting.id);
            setDeleting(null);
          }}
        />
      )}
    </>
  );
}
