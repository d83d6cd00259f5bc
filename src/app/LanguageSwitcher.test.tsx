import { screen } from '@testing-library/react';
import { renderRoute } from '@/test/render';
import { resetDatabase } from '@/test/seed';

beforeEach(async () => {
  localStorage.clear();
  document.documentElement.lang = '';
  await resetDatabase();
});

describe('LanguageSwitcher', () => {
  it('switches the interface to Russian, sets the page language and remembers the choice', async () => {
    const first = renderRoute('/', { locale: null });
    await screen.findByRole('heading', {
      level: 1,
      name: 'E-governance readiness self-assessment',
    });
    expect(document.documentElement.lang).toBe('en');

    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Русский');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Самооценка готовности к электронному управлению',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
    expect(screen.getByRole('link', { name: 'Начать самооценку' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
    expect(localStorage.getItem('egov.locale')).toBe('ru');

    // A later visit starts in the remembered language.
    first.unmount();
    renderRoute('/', { locale: null });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Самооценка готовности к электронному управлению',
      }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
  });
});
