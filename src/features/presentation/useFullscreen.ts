import { useCallback, useEffect, useState } from 'react';

/**
 * The Fullscreen API, guarded: some browsers and embedded views lack it or refuse it (no
 * user gesture, a policy); then the toggle does nothing and the deck still fills the window.
 */
export function useFullscreen(): { supported: boolean; active: boolean; toggle: () => void } {
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const [active, setActive] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const update = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', update);
    return () => {
      document.removeEventListener('fullscreenchange', update);
      // Leaving the presentation leaves full screen too: the round screen is not a slide.
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  const toggle = useCallback(() => {
    if (!supported) return;
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    request.catch(() => {
      // Refused (e.g. not from a key press or click): the deck stays in the window.
    });
  }, [supported]);
  return { supported, active, toggle };
}
