import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SignaturePadEngine from 'signature_pad';
import { useEffect, useId, useRef, useState } from 'react';
import { attendanceScreenFr } from '../../shared/i18n/fr/attendance-screen';

const t = attendanceScreenFr.pad;

/**
 * The canvas's backing store follows its box and the screen's pixel ratio, so strokes stay sharp
 * on a tablet; what was drawn survives a resize (rotation, window change).
 */
function fitCanvas(canvas: HTMLCanvasElement, pad: SignaturePadEngine): void {
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  const width = Math.round(canvas.offsetWidth * ratio);
  const height = Math.round(canvas.offsetHeight * ratio);
  if (width === 0 || (canvas.width === width && canvas.height === height)) return;
  const strokes = pad.toData();
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.scale(ratio, ratio);
  pad.clear();
  pad.fromData(strokes);
}

/**
 * The signature as PNG base64 without the "data:" prefix, at the box's CSS size on white: a
 * few kilobytes whatever the screen's density, and readable on any background or on paper.
 */
function exportPng(canvas: HTMLCanvasElement): string {
  const copy = document.createElement('canvas');
  copy.width = Math.max(1, canvas.offsetWidth);
  copy.height = Math.max(1, canvas.offsetHeight);
  const ctx = copy.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, copy.width, copy.height);
  ctx.drawImage(canvas, 0, 0, copy.width, copy.height);
  const url = copy.toDataURL('image/png');
  return url.slice(url.indexOf(',') + 1);
}

/**
 * A signature drawn with a finger, a stylus or the mouse (the `signature_pad` engine), with
 * "Effacer" and "Valider". Valider hands over the drawing as PNG base64; it stays disabled
 * while the box is empty.
 */
export function SignaturePad({
  label,
  onValidate,
  busy = false,
  height = 200,
}: {
  /** What is being signed, as the canvas's accessible name ("Signature de Marie Durand"). */
  label: string;
  onValidate(pngBase64: string): void;
  /** The signature is being sent: Valider waits. */
  busy?: boolean;
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePadEngine | null>(null);
  const [empty, setEmpty] = useState(true);
  const hintId = useId();

  useEffect(() => {
    const element = canvas.current!;
    const engine = new SignaturePadEngine(element, { penColor: '#0d1b3e', minWidth: 0.8, maxWidth: 2.6 });
    pad.current = engine;
    const ended = () => setEmpty(engine.isEmpty());
    engine.addEventListener('endStroke', ended);
    const observer = new ResizeObserver(() => fitCanvas(element, engine));
    observer.observe(element);
    fitCanvas(element, engine);
    return () => {
      observer.disconnect();
      engine.removeEventListener('endStroke', ended);
      engine.off();
      pad.current = null;
    };
  }, []);

  function clear() {
    pad.current?.clear();
    setEmpty(true);
  }

  function validate() {
    if (!pad.current || pad.current.isEmpty() || !canvas.current) return;
    onValidate(exportPng(canvas.current));
  }

  return (
    <Stack spacing={1}>
      <Typography id={hintId} variant="body2" color="text.secondary">
        {t.hint}
      </Typography>
      <Box
        sx={{
          border: 2,
          borderColor: 'divider',
          borderStyle: 'dashed',
          borderRadius: 1,
          bgcolor: '#fff',
          // The page must not scroll or zoom while a finger draws.
          touchAction: 'none',
        }}
      >
        <canvas
          ref={canvas}
          role="img"
          aria-label={label}
          aria-describedby={hintId}
          data-testid="signature-canvas"
          style={{ display: 'block', width: '100%', height, cursor: 'crosshair', touchAction: 'none' }}
        />
      </Box>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={clear} disabled={empty || busy}>
          {t.clear}
        </Button>
        <Button variant="contained" onClick={validate} disabled={empty || busy}>
          {t.validate}
        </Button>
      </Stack>
    </Stack>
  );
}
