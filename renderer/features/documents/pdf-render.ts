import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type * as PdfJs from 'pdfjs-dist';

/**
 * Draws page 1 of a PDF into a canvas with pdf.js. The library is loaded on first use only (it is
 * large and only the Documents preview needs it); its worker is a file of the app itself, so the
 * CSP's "scripts from 'self' only" holds, and eval is off for the same reason.
 */
let library: Promise<typeof PdfJs> | null = null;

function pdfjs() {
  library ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return library;
}

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface Rendering {
  done: Promise<void>;
  /** Stops the work (the preview was replaced or left). */
  cancel(): void;
}

/** Renders page 1 at `width` CSS pixels, sharp on high-density screens. */
export function renderFirstPage(canvas: HTMLCanvasElement, contentBase64: string, width: number): Rendering {
  let cancelled = false;
  let stop = () => {};
  const done = (async () => {
    const lib = await pdfjs();
    if (cancelled) return;
    const task = lib.getDocument({ data: bytesOf(contentBase64), isEvalSupported: false });
    stop = () => void task.destroy();
    const document = await task.promise;
    try {
      const page = await document.getPage(1);
      if (cancelled) return;
      const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      const render = page.render({
        canvasContext: canvas.getContext('2d')!,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      stop = () => {
        render.cancel();
        void task.destroy();
      };
      await render.promise;
    } finally {
      if (!cancelled) void document.destroy();
    }
  })();
  return {
    done,
    cancel() {
      cancelled = true;
      stop();
    },
  };
}
