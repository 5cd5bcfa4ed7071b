/** A programme subject's hours in each training year. */
export interface SubjectHours {
  hoursYear1: number;
  hoursYear2: number;
}

/**
 * The hours a cohort's programme plans over the training years the cohort follows (a cohort
 * entering in second year follows year 2 only): its subjects' hours for those years. A
 * programme whose subjects carry no hours falls back on its declared total.
 */
export function programmeHoursForYears(
  subjects: readonly SubjectHours[],
  yearFrom: number,
  yearTo: number,
  totalHours: number,
): number {
  let minutes = 0;
  for (const subject of subjects) {
    if (yearFrom <= 1 && yearTo >= 1) minutes += Math.round(subject.hoursYear1 * 60);
    if (yearFrom <= 2 && yearTo >= 2) minutes += Math.round(subject.hoursYear2 * 60);
  }
  return minutes > 0 ? minutes / 60 : totalHours;
}
