/**
 * The slides of a round's presentation, in order: a title, where Kyrgyzstan stands in the
 * published indices, one slide per dimension of the core questionnaire, and a summary.
 */
import type { RoundView } from '../round/types';

export type Slide =
  | { kind: 'title' }
  | { kind: 'context' }
  | { kind: 'dimension'; dimensionId: string }
  | { kind: 'summary' };

export function buildSlides(view: Pick<RoundView, 'questionnaire'>): Slide[] {
  return [
    { kind: 'title' },
    { kind: 'context' },
    ...view.questionnaire.dimensions.map((d): Slide => ({ kind: 'dimension', dimensionId: d.id })),
    { kind: 'summary' },
  ];
}

/** The slide index after a key or button: clamped to the deck, so it never wraps around. */
export function moveSlide(
  current: number,
  count: number,
  move: 'next' | 'previous' | 'first' | 'last',
): number {
  const last = Math.max(0, count - 1);
  const target =
    move === 'next' ? current + 1 : move === 'previous' ? current - 1 : move === 'first' ? 0 : last;
  return Math.min(last, Math.max(0, target));
}
