import { useId } from 'react';
import type { ReactNode } from 'react';

/**
 * A chart with a visible title and an accessible name; what it draws is in the data table
 * below, so the chart itself is one image to assistive technology.
 */
export function ChartFigure(props: { title: string; description: string; children: ReactNode }) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption id={id}>{props.title}</figcaption>
      <div role="img" aria-label={`${props.title}. ${props.description}`} className="chart__canvas">
        {props.children}
      </div>
    </figure>
  );
}

/** Okabe–Ito colours, told apart by people with colour-blindness; lines also differ in dash. */
export const CHART_COLOURS = {
  agency: '#0072B2',
  target: '#D55E00',
  peers: '#007A5A',
  grid: '#8a8a8a',
} as const;
