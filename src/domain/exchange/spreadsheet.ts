/**
 * The rows of the coordinator's spreadsheets, as plain cells: a long form (one row per agency
 * × item) and a wide form (one row per agency). Labels come in the chosen language; words the
 * questionnaire does not carry (roles, "not applicable", yes/partly/no) are passed in by the
 * screen, already translated. Written as CSV by `toCsv` (round/csv.ts).
 */
import { pickText, type Locale } from '../locale';
import type { Item, Questionnaire } from '../questionnaire/types';
import type { Agency, Assessment, Response, Round } from '../records';
import { band, roundScore, stage, toPercent } from '../scoring/bands';
import { itemScore } from '../scoring/item-score';
import { scoreAssessment } from '../scoring/score';
import type { CsvCell } from '../round/csv';
import type { ExchangeContent } from './format';

export interface SheetWords {
  na: string;
  dk: string;
  yes: string;
  partial: string;
  no: string;
  role: (role: Assessment['respondent']['role']) => string;
}

export interface SheetInput {
  round: Round;
  agencies: readonly Agency[];
  assessments: readonly Assessment[];
  /** By `id@version`. */
  questionnaires: ReadonlyMap<string, Questionnaire>;
  locale: Locale;
  words: SheetWords;
}

/** The sheets' input for round `roundId` of `content`; `null` when the content lacks it. */
export function roundSheetInput(
  content: ExchangeContent,
  roundId: string,
  locale: Locale,
  words: SheetWords,
): SheetInput | null {
  const round = content.rounds.find((r) => r.id === roundId);
  if (!round) return null;
  return {
    round,
    agencies: content.agencies,
    assessments: content.assessments,
    questionnaires: new Map(content.questionnaires.map((q) => [`${q.id}@${q.version}`, q])),
    locale,
    words,
  };
}

export interface Sheet {
  header: string[];
  rows: CsvCell[][];
}

export const LONG_HEADER = [
  'agency',
  'round',
  'respondent',
  'role',
  'dimension_code',
  'dimension',
  'item_code',
  'item',
  'answer_code',
  'answer',
  'score',
  'note',
] as const;

/** The wide form's columns besides one per dimension (named by the dimension's id). */
export const WIDE_COLUMNS = ['status', 'overall', 'band', 'stage'] as const;

/** Every fixed column code of the two forms; the codebook explains each. */
export type ColumnCode = (typeof LONG_HEADER)[number] | (typeof WIDE_COLUMNS)[number];

const keyOf = (a: Assessment) => `${a.questionnaire.id}@${a.questionnaire.version}`;
const percent = (score: number | null) => (score === null ? null : roundScore(toPercent(score)));

export function longSheet(input: SheetInput): Sheet {
  const names = new Map(input.agencies.map((a) => [a.id, a.name]));
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, input.locale).text;
  const rows: CsvCell[][] = [];
  for (const assessment of sorted(input.assessments, names)) {
    const q = input.questionnaires.get(keyOf(assessment));
    if (!q) continue;
    for (const dimension of q.dimensions) {
      for (const item of dimension.items) {
        const answer = assessment.answers[item.id];
        const code = answerCode(answer?.response);
        rows.push([
          names.get(assessment.agencyId) ?? assessment.agencyId,
          input.round.name,
          assessment.respondent.name,
          input.words.role(assessment.respondent.role),
          dimension.id,
          text(dimension.title),
          item.id,
          text(item.text),
          code,
          answerLabel(item, answer?.response, input),
          percent(itemScore(item, answer?.response)),
          answer?.note ?? '',
        ]);
      }
    }
  }
  return { header: [...LONG_HEADER], rows };
}

/** Dimension columns follow the round's first questionnaire; other versions match by id. */
export function wideDimensions(input: Pick<SheetInput, 'round' | 'questionnaires'>) {
  const core = input.round.questionnaires[0];
  const first = core ? input.questionnaires.get(`${core.id}@${core.version}`) : undefined;
  return first?.dimensions ?? [];
}

export function wideSheet(input: SheetInput): Sheet {
  const names = new Map(input.agencies.map((a) => [a.id, a.name]));
  const dimensionIds = wideDimensions(input).map((d) => d.id);
  const header = [
    'agency',
    'round',
    'respondent',
    'status',
    ...dimensionIds,
    'overall',
    'band',
    'stage',
  ];
  const rows: CsvCell[][] = [];
  // The round's core only: a module has other dimensions, and its overall score must not
  // stand in the core's column (the long form lists the modules' items).
  const coreId = input.round.questionnaires[0]?.id;
  for (const assessment of sorted(input.assessments, names)) {
    if (assessment.questionnaire.id !== coreId) continue;
    const q = input.questionnaires.get(keyOf(assessment));
    if (!q) continue;
    const score = scoreAssessment(q, assessment.answers);
    const byId = new Map(score.dimensions.map((d) => [d.dimensionId, d.score]));
    const overall = score.overall.score;
    rows.push([
      names.get(assessment.agencyId) ?? assessment.agencyId,
      input.round.name,
      assessment.respondent.name,
      assessment.status,
      ...dimensionIds.map((id) => percent(byId.get(id) ?? null)),
      percent(overall),
      overall === null ? null : band(overall),
      overall === null ? null : stage(overall),
    ]);
  }
  return { header, rows };
}

function sorted(assessments: readonly Assessment[], names: ReadonlyMap<string, string>) {
  const name = (a: Assessment) => names.get(a.agencyId) ?? a.agencyId;
  return [...assessments].sort(
    (a, b) => name(a).localeCompare(name(b)) || a.id.localeCompare(b.id),
  );
}

export function answerCode(response: Response | undefined): string {
  if (!response) return '';
  if (response.kind !== 'value') return response.kind;
  return String(response.value);
}

function answerLabel(item: Item, response: Response | undefined, input: SheetInput): string {
  if (!response) return '';
  const { words, locale } = input;
  if (response.kind === 'na') return words.na;
  if (response.kind === 'dk') return words.dk;
  const value = response.value;
  if (item.type === 'level') {
    const level = item.levels.find((l) => l.level === value);
    return level ? pickText(level.label, locale).text : String(value);
  }
  if (item.type === 'yesPartialNo' && (value === 'yes' || value === 'partial' || value === 'no')) {
    return words[value];
  }
  if (item.type === 'choice') {
    const option = item.options.find((o) => o.id === value);
    return option ? pickText(option.label, locale).text : String(value);
  }
  return String(value);
}
