import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '@/db/db';
import { App } from './App';
import { preloadScreens } from './routes';

/**
 * Shows the app in `root` once the interface texts (`catalog`) and the code of the screen
 * the address shows are here, so the first screen is whole and shows no loading placeholder.
 */
export async function start(root: HTMLElement, catalog: Promise<unknown>): Promise<void> {
  // The database opens while the rest loads; a failure shows on the screens that read from it.
  db.open().catch(() => undefined);
  await Promise.all([catalog.catch(() => undefined), preloadScreens(window.location.pathname)]);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
