/** Renders one compare screen at an address, without the database, and reports the address. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { UiLocale } from '@/i18n/catalogs';
import { I18nProvider } from '@/i18n/I18nProvider';

function LocationProbe({ onChange }: { onChange: (address: string) => void }) {
  const location = useLocation();
  useEffect(() => {
    onChange(location.pathname + location.search);
  }, [location, onChange]);
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
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route
            path="*"
            element={
              <>
                {ui}
                <LocationProbe onChange={onChange} />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
  );
  /** The address now, path and query, e.g. `/rounds/r/compare?agencies=a,b`. */
  const location = () => address;
  return { user, location, ...rendered };
}
