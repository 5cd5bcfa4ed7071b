import Alert from '@mui/material/Alert';
import { Route, Routes } from 'react-router';
import { errorsFr } from '../../../shared/i18n/fr/errors';
import { CohortExamPage } from './CohortExamPage';
import { LearnerExamPage } from './LearnerExamPage';

/** The Examens area, mounted at /examens/*: a cohort's projected decisions, a learner's detail. */
export function ExamsPage() {
  return (
    <Routes>
      <Route index element={<CohortExamPage />} />
      <Route path="apprenant/:id" element={<LearnerExamPage />} />
      <Route path="*" element={<Alert severity="info">{errorsFr.notFoundPage}</Alert>} />
    </Routes>
  );
}
