import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The fonts every document embeds. DejaVu covers every French glyph (é è ê à ç œ « » €) and the
 * narrow no-break space fr-FR numbers use, which the 14 standard PDF fonts lack and which a
 * reader would otherwise substitute; embedded (as subsets), a page prints the same everywhere.
 * Read once per process: a batch of 30 documents must not read 30 font files.
 */
export const FONT = { regular: 'Carnet-Regular', bold: 'Carnet-Bold', italic: 'Carnet-Italic' } as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = {
  [FONT.regular]: 'DejaVuSansCondensed.ttf',
  [FONT.bold]: 'DejaVuSansCondensed-Bold.ttf',
  [FONT.italic]: 'DejaVuSansCondensed-Oblique.ttf',
};

let loaded: Map<FontName, Buffer> | null = null;

/** The font files as buffers, resolved from the dejavu-fonts-ttf package wherever it is installed. */
export function fontData(): ReadonlyMap<FontName, Buffer> {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
    loaded = new Map(
      (Object.entries(FILES) as [FontName, string][]).map(([name, file]) => [
        name,
        readFileSync(`${dir}${file}`),
      ]),
    );
  }
  return loaded;
}
