/**
 * The heatmap's data: one row per agency with a submitted score, sortable by any column, and
 * the colour of each cell from a colour-blind-safe sequential scale (viridis). The number and
 * band letter are always written in the cell, so the colour only helps the eye.
 */
import { roundScore } from '../scoring/bands';
import type { RoundView } from './types';

export interface HeatmapRow {
  agencyId: string;
  name: string;
  demo: boolean;
  /** Per dimension id, in [0, 1]; null where the agency has no scored answer. */
  dimensions: Record<string, number | null>;
  overall: number | null;
}

export type HeatmapColumn =
  { kind: 'name' } | { kind: 'overall' } | { kind: 'dimension'; dimensionId: string };

export type SortDirection = 'ascending' | 'descending';

export interface HeatmapSort {
  column: HeatmapColumn;
  direction: SortDirection;
}

export const DEFAULT_HEATMAP_SORT: HeatmapSort = {
  column: { kind: 'name' },
  direction: 'ascending',
};

/** Agencies with a combined (submitted) score, in the view's order (by name). */
export function heatmapRows(view: RoundView): HeatmapRow[] {
  return view.rows.flatMap((row) => {
    if (!row.score) return [];
    const dimensions: Record<string, number | null> = {};
    for (const d of row.score.dimensions) dimensions[d.dimensionId] = d.score;
    return [
      {
        agencyId: row.agency.id,
        name: row.agency.name,
        demo: row.agency.demo === true,
        dimensions,
        overall: row.score.overall.score,
      },
    ];
  });
}

export function sameColumn(a: HeatmapColumn, b: HeatmapColumn): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'dimension' || (b.kind === 'dimension' && a.dimensionId === b.dimensionId);
}

/** A first click sorts a column ascending, a second click on the same column descending. */
export function nextSort(current: HeatmapSort, column: HeatmapColumn): HeatmapSort {
  if (sameColumn(current.column, column) && current.direction === 'ascending') {
    return { column, direction: 'descending' };
  }
  return { column, direction: 'ascending' };
}

function valueOf(row: HeatmapRow, column: HeatmapColumn): number | null {
  if (column.kind === 'overall') return row.overall;
  if (column.kind === 'dimension') return row.dimensions[column.dimensionId] ?? null;
  return null;
}

/**
 * A new sorted array. Agencies without a score in the column go last in both directions
 * (a gap is not a low score); equal scores and names keep name order, then the given order.
 * `compareNames` is the locale's collation (Kyrgyz and Russian names sort by their alphabet).
 */
export function sortHeatmap(
  rows: readonly HeatmapRow[],
  sort: HeatmapSort,
  compareNames: (a: string, b: string) => number,
): HeatmapRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index }));
  indexed.sort((a, b) => {
    if (sort.column.kind !== 'name') {
      const x = valueOf(a.row, sort.column);
      const y = valueOf(b.row, sort.column);
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
      } else {
        const diff = roundScore(x) - roundScore(y);
        if (diff !== 0) return sign * diff;
      }
      return compareNames(a.row.name, b.row.name) || a.index - b.index;
    }
    return sign * compareNames(a.row.name, b.row.name) || a.index - b.index;
  });
  return indexed.map((entry) => entry.row);
}

/** Viridis in 10 steps (matplotlib's sampling): dark violet for low scores, yellow for high. */
export const VIRIDIS_10 = [
  '#440154',
  '#482878',
  '#3e4a89',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6dcd59',
  '#b4de2c',
  '#fde725',
] as const;

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** (L_lighter + 0.05) / (L_darker + 0.05), from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
}

export interface HeatStep {
  step: number;
  background: string;
  /** Black or white, whichever contrasts more with the background (≥ 4.5 on every step). */
  text: string;
  /** The scores of this step on 0–100: from ≤ score < to (the last step includes 100). */
  from: number;
  to: number;
}

export const HEAT_SCALE: readonly HeatStep[] = VIRIDIS_10.map((background, step) => ({
  step,
  background,
  text:
    contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
      ? '#000000'
      : '#ffffff',
  from: step * 10,
  to: step * 10 + 10,
}));

/** The step of a score in [0, 1]: ⌊10·score⌋, 1 in the top step, out-of-range held to the ends. */
export function heatStep(score: number): HeatStep {
  const s = Math.min(1, Math.max(0, roundScore(score)));
  const index = Math.min(HEAT_SCALE.length - 1, Math.floor(roundScore(s * 10)));
  const step = HEAT_SCALE[index];
  if (!step) throw new Error(`no heat step ${index}`);
  return step;
}
