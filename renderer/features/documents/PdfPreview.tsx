import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { documentsScreenFr as t } from '../../../shared/i18n/fr/documents-screen';
import { renderFirstPage } from './pdf-render';

/** A4 at this width reads well beside the form without scrolling on a laptop screen. */
const WIDTH = 420;
const A4_RATIO = 297 / 210;

export type PreviewState =
  | { state: 'empty' }
  | { state: 'loading' }
  | { state: 'ready'; contentBase64: string }
  | { state: 'error'; message: string };

/** The first page of the first learner's document, drawn by pdf.js (the PDF's own text and fonts). */
export function PdfPreview({ preview }: { preview: PreviewState }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState<{ of: string; ok: boolean } | null>(null);
  const content = preview.state === 'ready' ? preview.contentBase64 : null;

  useEffect(() => {
    if (!content || !canvas.current) return;
    const rendering = renderFirstPage(canvas.current, content, WIDTH);
    let current = true;
    rendering.done.then(
      () => current && setDrawn({ of: content, ok: true }),
      () => current && setDrawn({ of: content, ok: false }),
    );
    return () => {
      current = false;
      rendering.cancel();
    };
  }, [content]);

  const shown = content !== null && drawn?.of === content;
  const failed = shown && !drawn.ok;

  return (
    <Paper component="section" variant="outlined" aria-labelledby="documents-preview" sx={{ p: 2 }}>
      <Typography id="documents-preview" variant="h2" sx={{ mb: 0.5 }}>
        {t.previewTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.previewIntro}
      </Typography>
      {preview.state === 'error' && <Alert severity="error">{preview.message}</Alert>}
      {failed && <Alert severity="warning">{t.previewUnreadable}</Alert>}
      <Box
        sx={{
          width: WIDTH,
          maxWidth: '100%',
          minHeight: WIDTH * A4_RATIO,
          display: preview.state === 'error' || failed ? 'none' : 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          bgcolor: 'grey.100',
          border: 1,
          borderColor: 'divider',
          position: 'relative',
        }}
      >
        {preview.state === 'empty' && (
          <Typography color="text.secondary" sx={{ p: 3, textAlign: 'center' }}>
            {t.previewEmpty}
          </Typography>
        )}
        {(preview.state === 'loading' || (content && !shown)) && (
          <CircularProgress aria-label={t.previewLoading} sx={{ position: 'absolute' }} />
        )}
        <canvas
          ref={canvas}
          role="img"
          aria-label={t.previewCanvas}
          hidden={!shown}
          style={{ display: shown ? 'block' : 'none', background: '#fff' }}
        />
      </Box>
    </Paper>
  );
}
