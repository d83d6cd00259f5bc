import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { useInAppLinks } from './useInAppLinks';

function Where() {
  return <p>at {useLocation().pathname}</p>;
}

function Links() {
  const follow = useInAppLinks();
  return (
    <div onClick={follow}>
      <a href="/rounds/r1/agencies/a1">Customs</a>
      <a href="#heatmap">Heatmap</a>
      <a href="/file.csv" download>
        File
      </a>
      <Where />
    </div>
  );
}

function renderLinks() {
  return render(
    <MemoryRouter initialEntries={['/rounds/r1']}>
      <Routes>
        <Route path="*" element={<Links />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('useInAppLinks', () => {
  it('routes a click on a plain in-app link', async () => {
    const user = userEvent.setup();
    renderLinks();
    await user.click(screen.getByRole('link', { name: 'Customs' }));
    expect(screen.getByText('at /rounds/r1/agencies/a1')).toBeInTheDocument();
  });

  it('leaves modified clicks, downloads and in-page anchors to the browser', () => {
    renderLinks();
    const customs = screen.getByRole('link', { name: 'Customs' });
    expect(fireEvent.click(customs, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(screen.getByRole('link', { name: 'File' }))).toBe(true);
    expect(fireEvent.click(screen.getByRole('link', { name: 'Heatmap' }))).toBe(true);
    expect(screen.getByText('at /rounds/r1')).toBeInTheDocument();
  });
});
