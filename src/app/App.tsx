import { useEffect } from 'react';
import { ensureShippedQuestionnaires } from '@/db/questionnaires';
import { I18nProvider } from '@/i18n/I18nProvider';
import { AppRouter } from './routes';
import { UpdatePrompt } from './UpdatePrompt';

export function App() {
  useEffect(() => {
    // Copies shipped questionnaires into the database once per version, so every screen
    // (and every later import or backup) reads questionnaires from one place.
    void ensureShippedQuestionnaires();
  }, []);
  return (
    <I18nProvider>
      <AppRouter />
      <UpdatePrompt />
    </I18nProvider>
  );
}
