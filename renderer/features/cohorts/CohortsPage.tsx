import { Route, Routes } from 'react-router';
import { CohortListPage } from './CohortListPage';
import { CohortPage } from './CohortPage';

/** Mounted at /promotions/*: the list, and one cohort at /promotions/:id. */
export function CohortsPage() {
  return (
    <Routes>
      <Route index element={<CohortListPage />} />
      <Route path=":id" element={<CohortPage />} />
    </Routes>
  );
}
