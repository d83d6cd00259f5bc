import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CatalogsModule from './catalogs';

// The test setup loads every text up front; these tests start from nothing instead.
let catalogs: typeof CatalogsModule;
beforeEach(async () => {
  vi.resetModules();
  catalogs = await import('./catalogs');
});

describe('the interface texts in two parts', () => {
  it('loads the first part, then the rest when a screen asks for it', async () => {
    const first = await catalogs.loadCatalog('ru');
    expect(first['home.title']).toBe('Самооценка готовности к электронному управлению');
    expect(first['results.title']).toBeUndefined();
    expect(catalogs.loadedCatalog('ru')).toBe(first);

    await catalogs.loadRestMessages();
    expect(first['results.title']).toBe('Результаты');
    // A language switched to later comes with both parts at once.
    const english = await catalogs.loadCatalog('en');
    expect(english['results.title']).toBe('Results');
    expect(english['home.start']).toBe('Start a self-assessment');
  });

  it('includes a language whose first part is still on its way', async () => {
    const first = catalogs.loadCatalog('ky');
    await catalogs.loadRestMessages();
    expect((await first)['results.title']).toBeTruthy();
  });

  it('makes a screen that shows a text of the rest wait for it, not show a key', async () => {
    const { I18nProvider, useI18n } = await import('./I18nProvider');
    await catalogs.loadCatalog('en');
    function Title() {
      return <h1>{useI18n().t('results.title')}</h1>;
    }
    render(
      <I18nProvider locale="en">
        <Suspense fallback={<p>Loading</p>}>
          <Title />
        </Suspense>
      </I18nProvider>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Results' })).toBeInTheDocument();
  });

  it('gives an error, not an endless wait, when the rest could not be downloaded', async () => {
    vi.doMock('./rest.en', () => Promise.reject(new Error('offline')));
    await catalogs.loadCatalog('en');
    const waiting = catalogs.missingMessages('en');
    expect(waiting).toBeInstanceOf(Promise);
    await expect(waiting).rejects.toThrow();
    expect(catalogs.missingMessages('en')).toBeInstanceOf(Error);
    vi.doUnmock('./rest.en');
    // The next screen that asks downloads it again.
    await catalogs.loadRestMessages();
    expect(catalogs.loadedCatalog('en')?.['results.title']).toBe('Results');
  });
});
