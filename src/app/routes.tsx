import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './RouteError';

// Each screen is its own chunk, so charts and forms load only where they are used. The
// declarative router is used because the data router would double the router's weight on
// the first screen, and the app loads its data from IndexedDB, not from route loaders.
const HomePage = lazy(() =>
  import('@/features/home/HomePage').then((m) => ({ default: m.HomePage })),
);
const StartPage = lazy(() =>
  import('@/features/assessment/StartPage').then((m) => ({ default: m.StartPage })),
);
const ResumePage = lazy(() =>
  import('@/features/assessment/ResumePage').then((m) => ({ default: m.ResumePage })),
);
const WizardPage = lazy(() =>
  import('@/features/assessment/WizardPage').then((m) => ({ default: m.WizardPage })),
);
const ReviewPage = lazy(() =>
  import('@/features/assessment/ReviewPage').then((m) => ({ default: m.ReviewPage })),
);
const ResultsPage = lazy(() =>
  import('@/features/results/ResultsPage').then((m) => ({ default: m.ResultsPage })),
);
const RoundsPage = lazy(() =>
  import('@/features/round/RoundsPage').then((m) => ({ default: m.RoundsPage })),
);
const RoundPage = lazy(() =>
  import('@/features/round/RoundPage').then((m) => ({ default: m.RoundPage })),
);
const TargetsPage = lazy(() =>
  import('@/features/round/TargetsPage').then((m) => ({ default: m.TargetsPage })),
);
const ComparePage = lazy(() =>
  import('@/features/compare/ComparePage').then((m) => ({ default: m.ComparePage })),
);
const AgencyPage = lazy(() =>
  import('@/features/compare/AgencyPage').then((m) => ({ default: m.AgencyPage })),
);
const TrendsPage = lazy(() =>
  import('@/features/compare/TrendsPage').then((m) => ({ default: m.TrendsPage })),
);

const ExportPage = lazy(() =>
  import('@/features/exchange/ExportPage').then((m) => ({ default: m.ExportPage })),
);
const ImportPage = lazy(() =>
  import('@/features/exchange/ImportPage').then((m) => ({ default: m.ImportPage })),
);
const BackupPage = lazy(() =>
  import('@/features/exchange/BackupPage').then((m) => ({ default: m.BackupPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="assessments/new" element={<StartPage />} />
        <Route path="assessments/:assessmentId" element={<ResumePage />} />
        <Route path="assessments/:assessmentId/step/:step" element={<WizardPage />} />
        <Route path="assessments/:assessmentId/review" element={<ReviewPage />} />
        <Route path="assessments/:assessmentId/results" element={<ResultsPage />} />
        <Route path="rounds" element={<RoundsPage />} />
        <Route path="rounds/:roundId" element={<RoundPage />} />
        <Route path="rounds/:roundId/targets" element={<TargetsPage />} />
        <Route path="rounds/:roundId/compare" element={<ComparePage />} />
        <Route path="rounds/:roundId/agencies/:agencyId" element={<AgencyPage />} />
        <Route path="trends" element={<TrendsPage />} />
        <Route path="exchange" element={<ExportPage />} />
        <Route path="exchange/import" element={<ImportPage />} />
        <Route path="exchange/backup" element={<BackupPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
