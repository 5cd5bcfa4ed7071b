import type { KeyboardEvent } from 'react';

/**
 * For a multi-line field of a form: Enter sends the form as in any other field, Shift+Enter
 * starts a new line.
 */
export function enterSubmits(event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
