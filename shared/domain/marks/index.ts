/**
 * The marks rules: typing and pasting marks, averages, class statistics and ranks, display
 * rounding, and the BTS decision. Pure, shared by the backend's handlers and the mark sheet.
 */
export * from './averages';
export * from './bts-decision';
export * from './bts-units';
export * from './mark-input';
export * from './rounding';
export * from './statistics';
