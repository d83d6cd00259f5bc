import { useEffect, useState, type ComponentType } from 'react';
import { ensureShippedQuestionnaires } from '@/db/questionnaires';
import { I18nProvider } from '@/i18n/I18nProvider';
import { AppRouter } from './routes';

/** The prompt's code, once loaded. */
let LoadedUpdatePrompt: ComponentType | undefined;

/**
 * The service worker's registration waits until after the first screen: offline support
 * matters from the second visit on, and its code need not delay the first question. It is
 * loaded by an effect rather than through Suspense: a loading placeholder, even an empty
 * one, makes React hold back the next screen it reveals.
 */
function DeferredUpdatePrompt() {
  const [loaded, setLoaded] = useState(LoadedUpdatePrompt !== undefined);
  useEffect(() => {
    let current = true;
    import('./UpdatePrompt').then(
      (m) => {
        LoadedUpdatePrompt = m.UpdatePrompt;
        if (current) setLoaded(true);
      },
      // Without it the app still works; only the offline copy is not refreshed this visit.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return loaded && LoadedUpdatePrompt ? <LoadedUpdatePrompt /> : null;
}

export function App() {
  useEffect(() => {
    // Copies shipped questionnaires into the database once per version, so every screen
    // (and every later import or backup) reads questionnaires from one place.
    void ensureShippedQuestionnaires();
  }, []);
  return (
    <I18nProvider>
      <AppRouter />
      <DeferredUpdatePrompt />
    </I18nProvider>
  );
}
