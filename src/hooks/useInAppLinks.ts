import { useCallback, type MouseEvent } from 'react';
import { useLocation } from 'wouter';

/**
 * One click handler for a container full of plain `<a href="/…">` links, which navigates in
 * the app as a router `<Link>` would. A screen with hundreds of links (one per agency in a
 * 300-agency round, twice) renders them as plain anchors: a router Link per row costs
 * several hooks each, which showed as hundreds of milliseconds on the round screen.
 * Clicks with a modifier key, other buttons, `target` or `download` are left to the browser
 * (new tab, save link), as Link leaves them.
 */
export function useInAppLinks(): (event: MouseEvent<HTMLElement>) => void {
  const [, navigate] = useLocation();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      if (!(event.target instanceof Element)) return;
      const link = event.target.closest('a');
      if (!link || !event.currentTarget.contains(link)) return;
      if (link.target || link.hasAttribute('download')) return;
      const href = link.getAttribute('href');
      // Only addresses inside the app; "#section" links scroll as the browser does.
      if (!href?.startsWith('/') || href.startsWith('//')) return;
      event.preventDefault();
      navigate(href);
    },
    [navigate],
  );
}
