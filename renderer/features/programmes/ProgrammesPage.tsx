import Alert from '@mui/material/Alert';
import { Route, Routes } from 'react-router';
import { errorsFr } from '../../../shared/i18n/fr/errors';
import { ProgrammeDetailPage } from './ProgrammeDetailPage';
import { ProgrammeEditPage } from './ProgrammeEditPage';
import { ProgrammesListPage } from './ProgrammesListPage';

/** The programmes area, mounted at /programmes/*: catalogue, one programme, its edit page. */
export function ProgrammesPage() {
  return (
    <Routes>
      <Route index element={<ProgrammesListPage />} />
      <Route path=":id" element={<ProgrammeDetailPage />} />
      <Route path=":id/modifier" element={<ProgrammeEditPage />} />
      <Route path="*" element={<Alert severity="info">{errorsFr.notFoundPage}</Alert>} />
    </Routes>
  );
}
