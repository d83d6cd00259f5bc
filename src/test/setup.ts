// The one place where jsdom's gaps are filled for unit and component tests.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalog, loadRestMessages, UI_LOCALES } from '@/i18n/catalogs';

// Two cores shared with a browser in CI: give findBy/waitFor room before calling it a failure.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// Recharts' ResponsiveContainer and some layout code need ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// jsdom does not lay out pages, so it has no scrolling; the wizard scrolls to linked items.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// The app loads a language's texts before it renders; tests render at once, so load them all.
await Promise.all(UI_LOCALES.map(loadCatalog));
await loadRestMessages();
