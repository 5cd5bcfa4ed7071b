import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { CENTRE_IMAGES, type Centre, type CentreImage } from '../../../shared/api/centre';
import { centreFr } from '../../../shared/i18n/fr/centre';
import { call } from '../../api';
import { readUpload } from '../../files';
import { useAction } from '../../hooks/useAction';

const t = centreFr.screen;

/** The stored image as a data URL for <img>, fetched again whenever it changes. */
function usePreview(kind: CentreImage, present: boolean, version: number): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    if (!present) return;
    void call('centre.image', { kind }).then((r) => {
      if (current && r.ok) setUrl(`data:${r.value.mimeType};base64,${r.value.contentBase64}`);
    });
    return () => {
      current = false;
    };
  }, [kind, present, version]);
  // A removed image shows nothing at once, whatever was loaded before.
  return present ? url : null;
}

function ImageCard({
  kind,
  centre,
  onChange,
}: {
  kind: CentreImage;
  centre: Centre;
  onChange(centre: Centre): void;
}) {
  const present = kind === 'logo' ? centre.hasLogo : centre.hasSignature;
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const preview = usePreview(kind, present, version);
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();
  const titleId = `centre-image-${kind}`;

  async function send(file: File) {
    setNotice(null);
    const upload = await readUpload(file);
    const result = await action.run(() => call('centre.setImage', { kind, file: upload }));
    if (!result) return;
    onChange(result);
    setVersion((v) => v + 1);
    setNotice(t.imageSaved(kind));
  }

  async function remove() {
    setNotice(null);
    const result = await action.run(() => call('centre.removeImage', { kind }));
    if (!result) return;
    onChange(result);
    setNotice(t.imageRemoved(kind));
  }

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={titleId}
      sx={{ p: 2, flex: 1, minWidth: 260 }}
    >
      <Typography id={titleId} variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {centreFr.fields[kind]}
      </Typography>
      <Box
        sx={{
          height: 96,
          mb: 1.5,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          bgcolor: 'grey.50',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
        }}
      >
        {preview ? (
          <Box component="img" src={preview} alt={t.preview(kind)} sx={{ maxHeight: 84, maxWidth: '90%' }} />
        ) : (
          <Typography color="text.secondary">{t.none(kind)}</Typography>
        )}
      </Box>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} useFlexGap>
        <Button
          variant="outlined"
          startIcon={<UploadFileIcon />}
          onClick={() => input.current?.click()}
          disabled={action.busy}
        >
          {present ? t.replace(kind) : t.choose(kind)}
        </Button>
        {present && (
          <Button
            color="error"
            startIcon={<DeleteIcon />}
            onClick={() => void remove()}
            disabled={action.busy}
          >
            {t.remove(kind)}
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg"
          aria-label={present ? t.replace(kind) : t.choose(kind)}
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void send(file);
          }}
        />
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {t.imageHelp}
      </Typography>
      {action.error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {action.error}
        </Alert>
      )}
      {notice && (
        <Alert severity="success" sx={{ mt: 1 }} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
    </Paper>
  );
}

/** The logo and the signatory's signature: a preview, choose or replace, remove. */
export function CentreImages({ centre, onChange }: { centre: Centre; onChange(centre: Centre): void }) {
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        {t.images}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ maxWidth: 820 }}>
        {CENTRE_IMAGES.map((kind) => (
          <ImageCard key={kind} kind={kind} centre={centre} onChange={onChange} />
        ))}
      </Stack>
    </Stack>
  );
}
