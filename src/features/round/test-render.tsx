/** Renders one round screen component with a RoundView from the test, without the database. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { I18nProvider } from '@/i18n/I18nProvider';
import type { UiLocale } from '@/i18n/catalogs';

export function renderScreen(ui: ReactElement, { locale = 'en' }: { locale?: UiLocale } = {}) {
  const user = userEvent.setup();
  return {
    user,
    ...render(
      <I18nProvider locale={locale}>
        <Router hook={memoryLocation().hook}>{ui}</Router>
      </I18nProvider>,
    ),
  };
}
