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
