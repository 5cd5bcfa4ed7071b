import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reading a PDF as a person would, with poppler-utils: its text (pdftotext), its pages and
 * size (pdfinfo) and a page rendered to an image (pdftoppm). `npm test` installs poppler-utils.
 */
function withFile<T>(pdf: Buffer, read: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'carnet-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return read(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page, in reading layout (columns kept apart), pages split by form feeds. */
export function pdfText(pdf: Buffer, options: { layout?: boolean } = {}): string {
  return withFile(pdf, (file) =>
    execFileSync(
      'pdftotext',
      [...(options.layout === false ? [] : ['-layout']), '-enc', 'UTF-8', file, '-'],
      {
        encoding: 'utf8',
      },
    ),
  );
}

export interface PdfInfo {
  pages: number;
  /** Width × height in points: A4 is 595 × 842, landscape 842 × 595. */
  width: number;
  height: number;
  title: string | null;
  fonts: string;
}

export function pdfInfo(pdf: Buffer): PdfInfo {
  return withFile(pdf, (file) => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
    return {
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
      width: Math.round(Number(size?.[1] ?? 0)),
      height: Math.round(Number(size?.[2] ?? 0)),
      title: /Title:\s+(.*)/.exec(info)?.[1]?.trim() ?? null,
      fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
    };
  });
}

/** Page `page` (1-based) as a PNG at `dpi`, for a look or a pixel check. */
export function pdfPagePng(pdf: Buffer, page = 1, dpi = 50): Buffer {
  return withFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      join(dir, 'page'),
    ]);
    return readFileSync(join(dir, 'page.png'));
  });
}

/**
 * A string as pdftotext gives it back: fr-FR texts hold no-break spaces (before ":" and "%",
 * inside "7 h 30", in "1 350") that extraction turns into plain spaces.
 */
export function asExtracted(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

export interface PdfImage {
  page: number;
  /** "image", or "smask" for the transparency of the image before it. */
  type: string;
  width: number;
  height: number;
  /** The PDF object it comes from: one image drawn twice is one object. */
  object: number;
}

/** The images a PDF holds, as `pdfimages -list` reports them (one per image or mask drawn). */
export function pdfImages(pdf: Buffer): PdfImage[] {
  const dir = mkdtempSync(join(tmpdir(), 'carnet-pdfimages-'));
  try {
    const file = join(dir, 'file.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim().split(/\s+/))
      .map((cols) => ({
        page: Number(cols[0]),
        type: cols[2]!,
        width: Number(cols[3]),
        height: Number(cols[4]),
        object: Number(cols[10]),
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
