import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createPath,
  Link,
  MemoryRouter,
  Route,
  Router,
  Routes,
  useLocation,
  useParams,
} from 'react-router';
import type { Navigator } from 'react-router';
import { useShownStep } from './useShownStep';

/** Steps at `/steps/1`, `/steps/2` …: what is shown, the address, and the ways to move. */
function Steps() {
  const { step = '' } = useParams();
  const { shown, moveTo } = useShownStep(Number(step) - 1);
  const { pathname } = useLocation();
  return (
    <>
      <h1>Step {shown + 1}</h1>
      <p>Address {pathname}</p>
      <button type="button" onClick={() => moveTo(shown + 1, `/steps/${shown + 2}`)}>
        Next
      </button>
      <Link to="/steps/5">Fifth</Link>
    </>
  );
}

const routes = (
  <Routes>
    <Route path="/steps/:step" element={<Steps />} />
  </Routes>
);

/** A frame later, when the address asked for after it has been asked. */
const nextFrame = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe('useShownStep', () => {
  it('shows the step moved to at once, and its address follows', async () => {
    const user = userEvent.setup();
    render(<MemoryRouter initialEntries={['/steps/1']}>{routes}</MemoryRouter>);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Step 2' })).toBeInTheDocument();
    await screen.findByText('Address /steps/2');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Step 4' })).toBeInTheDocument();
    await screen.findByText('Address /steps/4');
  });

  it('follows the address again when it changes by other means', async () => {
    render(<MemoryRouter initialEntries={['/steps/2']}>{routes}</MemoryRouter>);

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
    const navigator: Navigator = {
      createHref: (to) => (typeof to === 'string' ? to : createPath(to)),
      go: () => {},
      push: (to) => void asked.push(typeof to === 'string' ? to : createPath(to)),
      replace: () => {},
    };
    const at = (pathname: string) => (
      <Router location={pathname} navigator={navigator}>
        {routes}
      </Router>
    );
    const { rerender } = render(at('/steps/1'));

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await nextFrame();
    expect(asked).toEqual(['/steps/2']);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Step 3' })).toBeInTheDocument();

    rerender(at('/steps/2'));
    expect(screen.getByRole('heading', { name: 'Step 3' })).toBeInTheDocument();
    await nextFrame();
    expect(asked).toEqual(['/steps/2', '/steps/3']);
    rerender(at('/steps/3'));
    expect(screen.getByRole('heading', { name: 'Step 3' })).toBeInTheDocument();
    await nextFrame();
    expect(asked).toEqual(['/steps/2', '/steps/3']);

    // Then an address not asked for here (the browser's Back) decides.
    rerender(at('/steps/2'));
    expect(screen.getByRole('heading', { name: 'Step 2' })).toBeInTheDocument();
  });
});
