/** Layout checks for narrow screens and zoom (WCAG 1.4.10 Reflow), read from the page. */
import type { Locator, Page } from 'playwright-core';

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Up to five elements sticking out on the right and not inside a scrolling box. */
  culprits: string[];
}

/** How far the page scrolls sideways; content should reflow instead (1 px of rounding). */
export async function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if (overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (culprits.length >= 5) break;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1 || clipped(el)) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''
      }`;
      culprits.push(`${name} right=${Math.round(box.right)}`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

/**
 * Scrolls `target` into view and tells whether it is then wholly inside the viewport's width,
 * in view (a long one: filling at least half the window), and what a click at the centre of
 * its visible part would hit (no fixed banner over it).
 */
export async function reachable(target: Locator): Promise<{ ok: boolean; why: string }> {
  await target.scrollIntoViewIfNeeded();
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    if (box.width === 0 || box.height === 0) return { ok: false, why: 'it has no size' };
    if (box.left < 0 || box.right > width + 1) {
      return { ok: false, why: `it spans x ${box.left}–${box.right} of ${width}` };
    }
    // Wholly in view if it fits in the window; a taller one (a long table) at least in part.
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, height);
    const fits = box.height <= height;
    if (fits ? box.top < 0 || box.bottom > height + 1 : bottom - top < height / 2) {
      return { ok: false, why: `it spans y ${box.top}–${box.bottom} of ${height}` };
    }
    const hit = document.elementFromPoint(box.left + box.width / 2, (top + bottom) / 2);
    if (!hit || !(el === hit || el.contains(hit))) {
      const what = hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing';
      return { ok: false, why: `its centre is covered by ${what}` };
    }
    return { ok: true, why: '' };
  });
}

/**
 * The page's cumulative layout shift so far, as Chromium reports it (shifts right after a
 * click or key press left out): how far content jumped while the page loaded. Web Vitals
 * count up to 0.1 as good.
 */
export async function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) total += shift.value;
          }
        });
        // The entries so far arrive in the observer's next callback; with none, no callback.
        observer.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(total);
        }, 300);
      }),
  );
}
