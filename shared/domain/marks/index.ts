/**
 * The marks rules: typing and pasting marks, averages, class statistics and ranks, display
 * rounding, a cohort's training years and periods, and the BTS decision. Pure, shared by the backend's handlers and the mark sheet.
 */
export * from './averages';
export * from './bts-decision';
export * from './bts-units';
export * from './mark-input';
export * from './periods';
export * from './rounding';
export * from './statistics';
