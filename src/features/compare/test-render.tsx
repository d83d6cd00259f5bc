/** Renders one compare screen at an address, without the database, and reports the address. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactElement } from 'react';
import { Router, useLocation, useSearch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { UiLocale } from '@/i18n/catalogs';
import { I18nProvider } from '@/i18n/I18nProvider';

function LocationProbe({ onChange }: { onChange: (address: string) => void }) {
  const [pathname] = useLocation();
  const search = useSearch();
  useEffect(() => {
    onChange(search ? `${pathname}?${search}` : pathname);
  }, [pathname, search, onChange]);
  return null;
}

export function renderAt(
  ui: ReactElement,
  { path = '/', locale = 'en' }: { path?: string; locale?: UiLocale } = {},
) {
  const user = userEvent.setup();
  let address = path;
  const onChange = (next: string) => {
    address = next;
  };
  const rendered = render(
    <I18nProvider locale={locale}>
      <Router hook={memoryLocation({ path }).hook}>
        {ui}
        <LocationProbe onChange={onChange} />
      </Router>
    </I18nProvider>,
  );
  /** The address now, path and query, e.g. `/rounds/r/compare?agencies=a,b`. */
  const location = () => address;
  return { user, location, ...rendered };
}
