import type { ReactNode } from 'react';

/**
 * A table's horizontal scroll box. A wide table (nine areas, longer Kyrgyz headers) scrolls
 * inside it, so it is a region named by the table's caption that takes focus, letting a
 * keyboard user scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableScroll(props: { captionId: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={props.captionId}>
      {props.children}
    </div>
  );
}
