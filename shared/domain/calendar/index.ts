/** The calendar rules: ISO dates, Easter, public and school holidays, the slots of a day. */
export * from './dates';
export * from './easter';
export * from './half-days';
export * from './ics-dates';
export * from './public-holidays';
export * from './school-holidays';
