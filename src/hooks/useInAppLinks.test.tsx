import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router, useLocation } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { useInAppLinks } from './useInAppLinks';

function Where() {
  return <p>at {useLocation()[0]}</p>;
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
    <Router hook={memoryLocation({ path: '/rounds/r1' }).hook}>
      <Links />
    </Router>,
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
