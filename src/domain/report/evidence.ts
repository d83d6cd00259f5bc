/**
 * The notes and evidence a respondent gave, grouped by dimension for the printable report.
 * Only items the respondent can see count (a note kept on an item that show-if now hides is
 * left out, as its answer is left out of the scores).
 */
import type { Questionnaire } from '../questionnaire/types';
import type { Answers } from '../records';
import { visibilityOf } from '../scoring/score';

export interface EvidenceNote {
  itemId: string;
  /** Trimmed; never empty. */
  note: string;
}

export interface DimensionEvidence {
  dimensionId: string;
  notes: EvidenceNote[];
}

/** Dimensions and items in questionnaire order; dimensions without a note are left out. */
export function evidenceNotes(q: Questionnaire, answers: Answers): DimensionEvidence[] {
  const isVisible = visibilityOf(q, answers);
  return q.dimensions.flatMap((d) => {
    const notes = d.items.flatMap((item): EvidenceNote[] => {
      const note = answers[item.id]?.note?.trim();
      return note && isVisible(item) ? [{ itemId: item.id, note }] : [];
    });
    return notes.length > 0 ? [{ dimensionId: d.id, notes }] : [];
  });
}
