import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyScreen } from './lazy-screen';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

describe('lazyScreen', () => {
  it('renders at once, without the placeholder, once preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Screen = lazyScreen(load);
    await Screen.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen name="Aida" />
      </Suspense>,
    );
    // Synchronously after the first render: no placeholder was ever shown.
    expect(screen.getByText('Hello, Aida')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends like React.lazy when not preloaded, and loads only once', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Screen = lazyScreen(load);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen name="Bakyt" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello, Bakyt')).toBeInTheDocument();
    await Screen.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed download', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(Greeting);
    const Screen = lazyScreen(load);
    await expect(Screen.preload()).rejects.toThrow('offline');
    await act(() => Screen.preload());
    render(<Screen name="Cholpon" />);
    expect(screen.getByText('Hello, Cholpon')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
