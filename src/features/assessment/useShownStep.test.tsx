import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Router, useLocation, useParams } from 'wouter';
import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { BaseLocationHook } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { deferredLocation } from '@/app/location';
import { useShownStep } from './useShownStep';

/** Steps at `/steps/1`, `/steps/2` …: what is shown, the address, and the ways to move. */
function Steps() {
  const { step = '' } = useParams();
  const { shown, moveTo } = useShownStep(Number(step) - 1);
  const [pathname] = useLocation();
  return (
    <>
      <h1>Step {shown + 1}</h1>
      <p>Address {pathname}</p>
      <button type="button" onClick={() => moveTo(shown + 1, `/steps/${shown + 2}`)}>
        Next
      </button>
      <Link href="/steps/5">Fifth</Link>
    </>
  );
}

const routes = <Route path="/steps/:step" component={Steps} />;

/** The app's own way of following an address, in memory, starting at `path`. */
const MemoryRouter = ({ path, children }: { path: string; children: ReactNode }) => (
  <Router {...deferredLocation(memoryLocation({ path }))}>{children}</Router>
);

/** A frame and the address's wait later, when the address asked for after it has been asked. */
const nextFrame = () => act(() => new Promise((resolve) => setTimeout(resolve, 150)));

describe('useShownStep', () => {
  it('shows the step moved to at once, and its address follows', async () => {
    const user = userEvent.setup();
    render(<MemoryRouter path="/steps/1">{routes}</MemoryRouter>);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Step 2' })).toBeInTheDocument();
    await screen.findByText('Address /steps/2');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Step 4' })).toBeInTheDocument();
    await screen.findByText('Address /steps/4');
  });

  it('follows the address again when it changes by other means', async () => {
    render(<MemoryRouter path="/steps/2">{routes}</MemoryRouter>);

    // The link is followed before the next frame, while the address of step 3 is still to come.
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Step 3' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: 'Fifth' }));

    expect(await screen.findByRole('heading', { name: 'Step 5' })).toBeInTheDocument();
    await nextFrame();
    expect(screen.getByText('Address /steps/5')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Step 5' })).toBeInTheDocument();
  });

  it('keeps a step moved to while the address of the one before is still on its way', async () => {
    // A router that hands out an address only when the test says so.
    const asked: string[] = [];
    let path = '/steps/1';
    const watching = new Set<() => void>();
    const watch = (changed: () => void) => {
      watching.add(changed);
      return () => void watching.delete(changed);
    };
    const useHandedLocation: BaseLocationHook = () => [
      useSyncExternalStore(watch, () => path),
      (to: string) => void asked.push(to),
    ];
    /** The address arrives, as the browser would hand it over. */
    const arrive = (pathname: string) =>
      act(() => {
        path = pathname;
        watching.forEach((changed) => changed());
      });
    render(<Router hook={useHandedLocation}>{routes}</Router>);

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await nextFrame();
    expect(asked).toEqual(['/steps/2']);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Step 3' })).toBeInTheDocument();

    arrive('/steps/2');
    expect(screen.getByRole('heading', { name: 'Step 3' })).toBeInTheDocument();
    await nextFrame();
    expect(asked).toEqual(['/steps/2', '/steps/3']);
    arrive('/steps/3');
    expect(screen.getByRole('heading', { name: 'Step 3' })).toBeInTheDocument();
    await nextFrame();
    expect(asked).toEqual(['/steps/2', '/steps/3']);

    // Then an address not asked for here (the browser's Back) decides.
    arrive('/steps/2');
    expect(screen.getByRole('heading', { name: 'Step 2' })).toBeInTheDocument();
  });
});
