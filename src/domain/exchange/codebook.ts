/**
 * The codebook sheet of the round's workbook: what every column of the long and wide forms
 * holds, and every item id with its dimension, type, text and the meaning of each value code
 * (levels, yes/partly/no, options), in the chosen language. Someone who opens the long form
 * in a statistics package needs nothing else to read it. Words the questionnaire does not
 * carry come translated from the screen, as for the sheets themselves.
 */
import { pickText } from '../locale';
import type { Item, ItemType, Questionnaire } from '../questionnaire/types';
import type { AssessmentStatus } from '../records';
import type { CsvCell } from '../round/csv';
import { STAGES, type Band, type Stage } from '../scoring/bands';
import { LONG_HEADER, wideDimensions, WIDE_COLUMNS } from './spreadsheet';
import type { ColumnCode, Sheet, SheetInput } from './spreadsheet';

export interface CodebookWords {
  columns: Readonly<Record<ColumnCode, string>>;
  /** The meaning of a wide-form column named by a dimension id, given its title. */
  dimensionScore: (dimension: string) => string;
  itemTypes: Readonly<Record<ItemType, string>>;
  statuses: Readonly<Record<AssessmentStatus, string>>;
  bands: Readonly<Record<Band, string>>;
  stages: Readonly<Record<Stage, string>>;
  /** The value of a percentage item. */
  percentValue: string;
  /** The value of a number item, with its unit when it has one ('' otherwise). */
  numberValue: (unit: string) => string;
}

export const CODEBOOK_HEADER = [
  'code',
  'value_code',
  'dimension_code',
  'item_type',
  'questionnaire',
  'meaning',
];

const BANDS: readonly Band[] = ['A', 'B', 'C', 'D'];
const STATUSES: readonly AssessmentStatus[] = ['draft', 'submitted'];
const ITEM_TYPES: readonly ItemType[] = [
  'level',
  'yesPartialNo',
  'percentage',
  'choice',
  'number',
  'text',
];

export function codebookSheet(input: SheetInput, words: CodebookWords): Sheet {
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, input.locale).text;
  const rows: CsvCell[][] = [];
  const row = (code: string, value: CsvCell, meaning: string, dimension = '', type = '', q = '') =>
    rows.push([code, value, dimension, type, q, meaning]);

  // The columns, in the order the long form and then the wide form show them.
  for (const code of LONG_HEADER) row(code, '', words.columns[code]);
  row('status', '', words.columns.status);
  for (const dimension of wideDimensions(input)) {
    row(dimension.id, '', words.dimensionScore(text(dimension.title)), dimension.id);
  }
  for (const code of WIDE_COLUMNS.slice(1)) row(code, '', words.columns[code]);

  // Codes that mean the same in every item or row.
  row('answer_code', 'na', input.words.na);
  row('answer_code', 'dk', input.words.dk);
  for (const status of STATUSES) row('status', status, words.statuses[status]);
  for (const band of BANDS) row('band', band, words.bands[band]);
  for (const stage of STAGES) row('stage', stage, words.stages[stage]);
  for (const type of ITEM_TYPES) row('item_type', type, words.itemTypes[type]);

  // Every item of every questionnaire in the sheets, each item id once.
  const seen = new Set<string>();
  for (const q of sortedQuestionnaires(input.questionnaires)) {
    const ref = `${q.id}@${q.version}`;
    for (const dimension of q.dimensions) {
      for (const item of dimension.items) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        row(item.id, '', text(item.text), dimension.id, item.type, ref);
        for (const [value, meaning] of valueCodes(item, input, words)) {
          row(item.id, value, meaning, dimension.id, item.type, ref);
        }
      }
    }
  }
  return { header: CODEBOOK_HEADER, rows };
}

/** Each answer code an item can hold, besides 'na' and 'dk', with its meaning. */
function valueCodes(item: Item, input: SheetInput, words: CodebookWords): [string, string][] {
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, input.locale).text;
  switch (item.type) {
    case 'level':
      return item.levels.map((l) => [String(l.level), `${text(l.label)}: ${text(l.description)}`]);
    case 'yesPartialNo':
      return [
        ['yes', input.words.yes],
        ['partial', input.words.partial],
        ['no', input.words.no],
      ];
    case 'choice':
      return item.options.map((o) => [o.id, text(o.label)]);
    case 'percentage':
      return [['0–100', words.percentValue]];
    case 'number':
      return [
        [numberRange(item.min, item.max), words.numberValue(item.unit ? text(item.unit) : '')],
      ];
    case 'text':
      return [];
  }
}

/** '0–250' when the item declares its bounds, '…' where one is open. */
function numberRange(min: number | undefined, max: number | undefined): string {
  return `${min ?? '…'}–${max ?? '…'}`;
}

function sortedQuestionnaires(all: ReadonlyMap<string, Questionnaire>): Questionnaire[] {
  return [...all.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, q]) => q);
}
