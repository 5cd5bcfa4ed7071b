import Alert from '@mui/material/Alert';
import { Route, Routes } from 'react-router';
import { errorsFr } from '../../../shared/i18n/fr/errors';
import { LearnerDetailPage } from './LearnerDetailPage';
import { LearnerCreatePage, LearnerEditPage } from './LearnerFormPage';
import { LearnersListPage } from './LearnersListPage';

/** The learners area, mounted at /apprenants/*: list, record, creation and edit pages. */
export function LearnersPage() {
  return (
    <Routes>
      <Route index element={<LearnersListPage />} />
      <Route path="nouveau" element={<LearnerCreatePage />} />
      <Route path=":id" element={<LearnerDetailPage />} />
      <Route path=":id/modifier" element={<LearnerEditPage />} />
      <Route path="*" element={<Alert severity="info">{errorsFr.notFoundPage}</Alert>} />
    </Routes>
  );
}
