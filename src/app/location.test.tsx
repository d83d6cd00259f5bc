import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense } from 'react';
import { Link, Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { browserLocation, deferredLocation } from './location';

describe('deferredLocation', () => {
  it('keeps the screen shown until the next one’s code is here, with no placeholder', async () => {
    let arrive = () => {};
    const Later = lazy(
      () =>
        new Promise<{ default: () => string }>((resolve) => {
          arrive = () => resolve({ default: () => 'screen B' });
        }),
    );
    const memory = memoryLocation({ path: '/a' });
    render(
      <Router {...deferredLocation(memory)}>
        <Suspense fallback="loading">
          <Switch>
            <Route path="/a">screen A</Route>
            <Route path="/b">
              <Later />
            </Route>
          </Switch>
        </Suspense>
      </Router>,
    );
    act(() => memory.navigate('/b'));
    expect(screen.getByText('screen A')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
    await act(async () => arrive());
    expect(await screen.findByText('screen B')).toBeInTheDocument();
  });
});

describe('browserLocation', () => {
  it('adds a step to the history for another address, not for the one shown', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/rounds');
    render(
      <Router {...browserLocation}>
        <Link to="/rounds">Rounds</Link>
        <Link to="/trends">Trends</Link>
      </Router>,
    );
    const before = window.history.length;
    await user.click(screen.getByRole('link', { name: 'Rounds' }));
    expect(window.history.length).toBe(before);
    await user.click(screen.getByRole('link', { name: 'Trends' }));
    expect(window.location.pathname).toBe('/trends');
    expect(window.history.length).toBe(before + 1);
  });
});
