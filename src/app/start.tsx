import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '@/db/db';
import { App } from './App';
import { preloadScreens } from './routes';

/**
 * The longest the first screen waits for the read ahead (`readAhead`). A database slowed by
 * another tab's upgrade must not keep the page blank: the screen then shows it is loading.
 */
const READ_AHEAD_WAIT_MS = 1000;

/**
 * Shows the app in `root` once the interface texts (`catalog`), the code of the screen the
 * address shows and the read ahead (`ahead`, which may name the address to show instead) are
 * here, so the first screen is whole and shows no loading placeholder.
 */
export async function start(
  root: HTMLElement,
  catalog: Promise<unknown>,
  ahead: Promise<string | undefined>,
): Promise<void> {
  // The database opens while the rest loads; a failure shows on the screens that read from it.
  db.open().catch(() => undefined);
  const waited = new Promise<undefined>((resolve) => setTimeout(resolve, READ_AHEAD_WAIT_MS));
  const [, , address] = await Promise.all([
    catalog.catch(() => undefined),
    preloadScreens(window.location.pathname),
    Promise.race([ahead, waited]),
  ]);
  if (address && address !== window.location.pathname) {
    window.history.replaceState(window.history.state, '', address);
    await preloadScreens(address);
  }
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
