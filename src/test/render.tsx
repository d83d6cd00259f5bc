/**
 * Renders the app's routes at one address, the way the app mounts them, minus the browser
 * router and the shipped-questionnaire bootstrap (tests seed what they need).
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { deferredLocation } from '@/app/location';
import { AppRoutes } from '@/app/routes';
import { I18nProvider } from '@/i18n/I18nProvider';
import type { UiLocale } from '@/i18n/catalogs';

export interface RenderRouteOptions {
  /** The interface language; `null` lets the provider pick (stored choice, then browser). */
  locale?: UiLocale | null;
}

export function renderRoute(path: string, { locale = 'en' }: RenderRouteOptions = {}) {
  const user = userEvent.setup();
  const ui = (
    <I18nProvider {...(locale === null ? {} : { locale })}>
      <Router {...deferredLocation(memoryLocation({ path }))}>
        <AppRoutes />
      </Router>
    </I18nProvider>
  );
  return { user, ...render(ui) };
}
