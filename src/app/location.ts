import { useDeferredValue } from 'react';
import type { BaseLocationHook, BaseSearchHook } from 'wouter';
import { navigate, usePathname, useSearch } from 'wouter/use-browser-location';

interface LocationHooks {
  hook: BaseLocationHook;
  searchHook: BaseSearchHook;
}

/**
 * A router's location (wouter's `hook` and `searchHook`) whose screens see a new address
 * only once it can be shown. The change is rendered in the background, so a screen whose
 * code is still downloading suspends there and the screen before it stays, instead of a
 * loading placeholder that React would then hold for 300 ms (see `lazyScreen`).
 */
export function deferredLocation(location: LocationHooks): LocationHooks {
  const useShownLocation: BaseLocationHook = (...args) => {
    const [path, navigateTo] = location.hook(...args);
    return [useDeferredValue(path), navigateTo];
  };
  const useShownSearch: BaseSearchHook = (...args) =>
    useDeferredValue(location.searchHook(...args));
  return { hook: useShownLocation, searchHook: useShownSearch };
}

// As a browser does with a link to the page it shows, going to the address already shown
// replaces it, so that Back does not stop on the same page twice.
const here = () => window.location.pathname + window.location.search + window.location.hash;
const navigateFromHere: typeof navigate = (to, options) =>
  navigate(to, { ...options, replace: options?.replace ?? String(to) === here() });

const useBrowserPath: BaseLocationHook = (options) => [usePathname(options), navigateFromHere];

/** The browser's address, as the app's router reads it. */
export const browserLocation = deferredLocation({ hook: useBrowserPath, searchHook: useSearch });
