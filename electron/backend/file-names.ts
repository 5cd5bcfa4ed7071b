/**
 * A file name every system accepts: no path or reserved characters, no spaces. Shared by the
 * exports of every area (XLSX lists, iCalendar plannings, PDF documents).
 */
export function safeFileName(base: string, extension: 'xlsx' | 'ics' | 'pdf' | 'zip'): string {
  const name = base
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|[._]+$/g, '')
    .slice(0, 120);
  return `${name || 'Export'}.${extension}`;
}
