import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

/** A screen loaded on demand that can also be loaded ahead, before it is first shown. */
export interface LazyScreen<P extends object = object> {
  (props: P): ReactElement;
  /** Starts loading the screen's code (once); resolves when it can render without waiting. */
  preload(): Promise<void>;
}

/**
 * Like `React.lazy`, but a screen whose code is already here renders at once instead of
 * suspending. Suspending costs more than the wait for the code: React holds back a revealed
 * screen for up to 300 ms after any loading placeholder was shown, so a draft opened from a
 * bookmark would appear a third of a second late. The start-up code preloads the screen the
 * address points to (see `preloadScreens`), so the first screen never suspends.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = (): Promise<void> => {
    loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // A failed download (a lost connection) may be retried by the next attempt.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Suspending = lazy(async () => {
    await preload();
    if (!loaded) throw new Error('the screen did not load');
    return { default: loaded };
  });
  function Screen(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Suspending, props);
  }
  Screen.preload = preload;
  return Screen;
}
