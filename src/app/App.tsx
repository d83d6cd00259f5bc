import { lazy, Suspense, useEffect } from 'react';
import { ensureShippedQuestionnaires } from '@/db/questionnaires';
import { I18nProvider } from '@/i18n/I18nProvider';
import { AppRouter } from './routes';

// The service worker's registration waits until after the first screen: offline support
// matters from the second visit on, and its code need not delay the first question.
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));

export function App() {
  useEffect(() => {
    // Copies shipped questionnaires into the database once per version, so every screen
    // (and every later import or backup) reads questionnaires from one place.
    void ensureShippedQuestionnaires();
  }, []);
  return (
    <I18nProvider>
      <AppRouter />
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </I18nProvider>
  );
}
