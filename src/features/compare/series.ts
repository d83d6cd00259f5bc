/**
 * How each compared agency's outline is drawn: an Okabe–Ito colour (told apart with the
 * common colour-vision deficiencies) and a dash pattern of its own, so the outlines differ
 * in print, in greyscale and for anyone who cannot tell the colours apart. The target is
 * black and dashed apart from all of them.
 */
export interface SeriesStyle {
  colour: string;
  /** SVG stroke-dasharray; undefined draws a solid line. */
  dash: string | undefined;
}

export const SERIES: readonly SeriesStyle[] = [
  { colour: '#0072B2', dash: undefined },
  { colour: '#D55E00', dash: '10 4' },
  { colour: '#009E73', dash: '2 3' },
  { colour: '#CC79A7', dash: '10 3 2 3' },
  { colour: '#E69F00', dash: '5 5' },
  { colour: '#56B4E9', dash: '12 3 2 3 2 3' },
];

export const TARGET_STYLE: SeriesStyle = { colour: '#000000', dash: '4 4' };

export function seriesStyle(index: number): SeriesStyle {
  return SERIES[index % SERIES.length] ?? { colour: '#000000', dash: undefined };
}
