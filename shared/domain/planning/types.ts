/**
 * The vocabulary shared by the planning rules. Kept here rather than imported from the API
 * contract so that these pure rules depend on nothing but themselves; the literals match the
 * database's CHECK constraints and `SLOTS` in shared/api/trainers.ts.
 */

/** A calendar date as it travels everywhere in Carnet: "YYYY-MM-DD". */
export type IsoDate = string;

/** A half-day of the timetable; the evening holds masterclasses after 17:00. */
export type Slot = 'morning' | 'afternoon' | 'evening';

/** In centre, at a distance (FOAD) or in work situation in the company (FEST). */
export type Modality = 'onsite' | 'distance' | 'work';

/** Where an alternance learner is on a given day. */
export type Place = 'centre' | 'company';
