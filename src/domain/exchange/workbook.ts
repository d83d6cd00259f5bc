/**
 * The round's workbook for coordinators: the long and wide forms of the CSV downloads, cell for
 * cell, plus the codebook that explains them. Sheet names are codes, like the column headers,
 * so a script that reads the workbook does not depend on the language it was made in.
 */
import { codebookSheet, type CodebookWords } from './codebook';
import { longSheet, wideSheet, type Sheet, type SheetInput } from './spreadsheet';

export interface NamedSheet extends Sheet {
  name: string;
}

export function roundWorkbook(input: SheetInput, words: CodebookWords): NamedSheet[] {
  return [
    { name: 'long', ...longSheet(input) },
    { name: 'wide', ...wideSheet(input) },
    { name: 'codebook', ...codebookSheet(input, words) },
  ];
}
