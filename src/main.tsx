/**
 * The start-up code, kept small: it begins downloading, all at once, the interface texts of
 * the person's language, the code of the screen the address shows and the rest of the app,
 * instead of one after the other, and meanwhile reads what an assessment's screen shows.
 */
import { readAhead } from '@/app/read-ahead';
import { SCREENS, screensAt } from '@/app/screens';
import { initialLocale, loadCatalog } from '@/i18n/catalogs';
import '@/app/styles.css';

const catalog = loadCatalog(initialLocale());
for (const name of screensAt(window.location.pathname)) {
  // Only started here; a failure shows when the screen is rendered.
  SCREENS[name].load().catch(() => undefined);
}
// A failed read is only a slower start: the screen reads again and shows what went wrong.
const ahead = readAhead(window.location.pathname, window.location.search).catch(() => undefined);
const root = document.getElementById('root');
if (root) void import('@/app/start').then(({ start }) => start(root, catalog, ahead));
