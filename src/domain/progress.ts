/**
 * How far an assessment has got: per dimension, the visible items and those with a response
 * ("not applicable" and "don't know" are responses). Free-text items count too: the person
 * sees them as questions. Items hidden by a show-if condition count nowhere.
 */
import { isItemVisible } from './questionnaire/access';
import type { Item, Questionnaire } from './questionnaire/types';
import type { Answers } from './records';

export interface DimensionProgress {
  dimensionId: string;
  visible: number;
  responded: number;
  /** Visible items without a response, in questionnaire order. */
  unanswered: Item[];
  /** The required ones among them: these block submission. */
  requiredMissing: Item[];
}

export interface Progress {
  dimensions: DimensionProgress[];
  visible: number;
  responded: number;
  requiredMissing: number;
}

export function assessmentProgress(q: Questionnaire, answers: Answers): Progress {
  const dimensions = q.dimensions.map((dimension): DimensionProgress => {
    const visibleItems = dimension.items.filter((item) => isItemVisible(q, item, answers));
    const unanswered = visibleItems.filter((item) => answers[item.id]?.response === undefined);
    return {
      dimensionId: dimension.id,
      visible: visibleItems.length,
      responded: visibleItems.length - unanswered.length,
      unanswered,
      requiredMissing: unanswered.filter((item) => item.required),
    };
  });
  const sum = (pick: (d: DimensionProgress) => number) =>
    dimensions.reduce((total, d) => total + pick(d), 0);
  return {
    dimensions,
    visible: sum((d) => d.visible),
    responded: sum((d) => d.responded),
    requiredMissing: sum((d) => d.requiredMissing.length),
  };
}

/** Whether two progresses show the same figures: answered, visible and required per dimension. */
export function sameProgress(a: Progress, b: Progress): boolean {
  return (
    a.responded === b.responded &&
    a.visible === b.visible &&
    a.requiredMissing === b.requiredMissing &&
    a.dimensions.length === b.dimensions.length &&
    a.dimensions.every((d, i) => {
      const other = b.dimensions[i];
      return (
        other !== undefined &&
        d.dimensionId === other.dimensionId &&
        d.visible === other.visible &&
        d.responded === other.responded &&
        d.requiredMissing.length === other.requiredMissing.length
      );
    })
  );
}
