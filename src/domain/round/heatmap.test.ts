import {
  contrastRatio,
  DEFAULT_HEATMAP_SORT,
  HEAT_SCALE,
  heatmapRows,
  heatStep,
  nextSort,
  relativeLuminance,
  sortHeatmap,
  type HeatmapRow,
} from './heatmap';
import { fixtureView } from './view-fixture';

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

function row(name: string, x: number | null, overall: number | null): HeatmapRow {
  return { agencyId: name, name, demo: false, dimensions: { x }, overall };
}

describe('heatmapRows', () => {
  it('keeps agencies with a submitted score, in name order, with their dimension scores', () => {
    const view = fixtureView({
      dimensions: ['x', 'y'],
      agencies: [
        { name: 'Tax Service', scores: { x: 0.5, y: 0.25 }, demo: true },
        { name: 'Customs', status: 'draft', scores: { x: 1 } },
        { name: 'Justice', scores: { x: 0.75 } },
        { name: 'Defence' },
      ],
    });
    const rows = heatmapRows(view);
    expect(rows.map((r) => r.name)).toEqual(['Justice', 'Tax Service']);
    expect(rows[0]).toMatchObject({ demo: false, dimensions: { x: 0.75, y: null }, overall: 0.75 });
    // Overall = mean of the scored dimensions: (0.5 + 0.25) / 2 = 0.375.
    expect(rows[1]).toMatchObject({ demo: true, dimensions: { x: 0.5, y: 0.25 } });
    expect(rows[1]?.overall).toBeCloseTo(0.375, 12);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending, the same column again descending, then ascending', () => {
    const x = { kind: 'dimension', dimensionId: 'x' } as const;
    const first = nextSort(DEFAULT_HEATMAP_SORT, x);
    expect(first).toEqual({ column: x, direction: 'ascending' });
    const second = nextSort(first, { kind: 'dimension', dimensionId: 'x' });
    expect(second.direction).toBe('descending');
    expect(nextSort(second, x).direction).toBe('ascending');
    expect(nextSort(second, { kind: 'dimension', dimensionId: 'y' }).direction).toBe('ascending');
    expect(nextSort(DEFAULT_HEATMAP_SORT, { kind: 'name' }).direction).toBe('descending');
  });
});

describe('sortHeatmap', () => {
  const rows = [
    row('Culture', 0.5, 0.4),
    row('Agriculture', null, 0.2),
    row('Energy', 0.1, 0.4),
    row('Budget', 0.5, null),
  ];

  it('sorts by a dimension, missing scores last in both directions, ties by name', () => {
    const asc = sortHeatmap(
      rows,
      { column: { kind: 'dimension', dimensionId: 'x' }, direction: 'ascending' },
      byName,
    );
    expect(asc.map((r) => r.name)).toEqual(['Energy', 'Budget', 'Culture', 'Agriculture']);
    const desc = sortHeatmap(
      rows,
      { column: { kind: 'dimension', dimensionId: 'x' }, direction: 'descending' },
      byName,
    );
    expect(desc.map((r) => r.name)).toEqual(['Budget', 'Culture', 'Energy', 'Agriculture']);
  });

  it('sorts by overall and by name', () => {
    const overall = sortHeatmap(
      rows,
      { column: { kind: 'overall' }, direction: 'descending' },
      byName,
    );
    expect(overall.map((r) => r.name)).toEqual(['Culture', 'Energy', 'Agriculture', 'Budget']);
    const names = sortHeatmap(rows, { column: { kind: 'name' }, direction: 'descending' }, byName);
    expect(names.map((r) => r.name)).toEqual(['Energy', 'Culture', 'Budget', 'Agriculture']);
  });

  it('treats float noise as equal and leaves the input alone', () => {
    const noisy = [row('B', 0.1 + 0.2, null), row('A', 0.3, null)];
    const sorted = sortHeatmap(
      noisy,
      { column: { kind: 'dimension', dimensionId: 'x' }, direction: 'descending' },
      byName,
    );
    expect(sorted.map((r) => r.name)).toEqual(['A', 'B']);
    expect(noisy.map((r) => r.name)).toEqual(['B', 'A']);
  });

  it('uses the collation it is given (Cyrillic names)', () => {
    const cyrillic = [row('Юстиция', 0.2, null), row('Аудит', 0.2, null)];
    const ru = (a: string, b: string) => a.localeCompare(b, 'ru');
    expect(sortHeatmap(cyrillic, DEFAULT_HEATMAP_SORT, ru).map((r) => r.name)).toEqual([
      'Аудит',
      'Юстиция',
    ]);
  });
});

describe('colour scale', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 12);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 12);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('has ten steps whose text colour contrasts at least 4.5:1', () => {
    expect(HEAT_SCALE).toHaveLength(10);
    for (const step of HEAT_SCALE) {
      expect(contrastRatio(step.background, step.text)).toBeGreaterThanOrEqual(4.5);
    }
    expect(HEAT_SCALE[0]?.text).toBe('#ffffff');
    expect(HEAT_SCALE[9]?.text).toBe('#000000');
  });

  it('runs from dark to light, so it reads in greyscale too', () => {
    const luminance = HEAT_SCALE.map((s) => relativeLuminance(s.background));
    for (let i = 1; i < luminance.length; i++) {
      expect(luminance[i]).toBeGreaterThan(luminance[i - 1] ?? 1);
    }
  });

  it('puts a score in the step of ⌊10·score⌋, 100 in the top step', () => {
    expect(heatStep(0).step).toBe(0);
    expect(heatStep(0.099).step).toBe(0);
    expect(heatStep(0.1).step).toBe(1);
    expect(heatStep(0.7 - 0.4).step).toBe(3); // 0.29999999999999993 reads as 0.3
    expect(heatStep(0.625)).toMatchObject({ step: 6, from: 60, to: 70 });
    expect(heatStep(1).step).toBe(9);
    expect(heatStep(1.2).step).toBe(9);
    expect(heatStep(-0.1).step).toBe(0);
  });
});
