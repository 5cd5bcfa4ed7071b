/**
 * Windows-1252, the encoding of CSV files saved by Excel on a French Windows. Decoded by hand:
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1, which turns "’", "Œ", "œ" and
 * "€" (bytes 0x80–0x9F) into invisible control characters.
 */

/** Bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined keep their C1 code point. */
export const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk).replace(
      /[\u0080-\u009f]/g,
      (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!,
    );
  }
  return text;
}
