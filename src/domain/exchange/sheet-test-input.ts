/**
 * Input for the spreadsheet, codebook and workbook tests: the exchange fixture as a round's
 * sheets, with stand-in words where the screen would pass translated ones.
 */
import type { CodebookWords } from './codebook';
import { fixtureContent } from './fixture';
import { roundSheetInput, type SheetInput } from './spreadsheet';

export function sheetInput(locale: 'en' | 'ru' = 'en'): SheetInput {
  const content = fixtureContent();
  const [round] = content.rounds;
  const input = round
    ? roundSheetInput(content, round.id, locale, {
        na: 'Not applicable',
        dk: 'Don’t know',
        yes: 'Yes',
        partial: 'Partly',
        no: 'No',
        role: (role) => `role:${role}`,
      })
    : null;
  if (!input) throw new Error('fixture');
  return input;
}

export const codebookWords: CodebookWords = {
  columns: {
    agency: 'Agency name',
    round: 'Round name',
    respondent: 'Respondent',
    role: 'Respondent role',
    dimension_code: 'Dimension id',
    dimension: 'Dimension title',
    item_code: 'Item id',
    item: 'Question',
    answer_code: 'Answer code',
    answer: 'Answer',
    score: 'Item score 0–100',
    note: 'Note',
    status: 'Status',
    overall: 'Overall score 0–100',
    band: 'Band',
    stage: 'Stage',
  },
  dimensionScore: (title) => `Score 0–100: ${title}`,
  itemTypes: {
    level: 'five levels',
    yesPartialNo: 'yes / partly / no',
    percentage: 'percentage',
    choice: 'choice',
    number: 'number',
    text: 'text',
  },
  statuses: { draft: 'Draft', submitted: 'Submitted' },
  bands: { A: 'A: 75–100', B: 'B: 50–75', C: 'C: 25–50', D: 'D: below 25' },
  stages: { 1: 'Basic', 2: 'Opportunistic', 3: 'Systematic', 4: 'Differentiating', 5: 'Top' },
  percentValue: 'A percentage',
  numberValue: (unit) => (unit ? `A number (${unit})` : 'A number'),
};
