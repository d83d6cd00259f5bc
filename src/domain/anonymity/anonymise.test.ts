import { distributions } from '../round/distribution';
import { imbalanceRows } from '../round/fragmentation';
import { gapRows } from '../round/gaps';
import { heatmapRows } from '../round/heatmap';
import { fixtureView } from '../round/view-fixture';
import { anonymiseAgencies, anonymiseRoundView, roundLetters } from './anonymise';

const names = {
  agency: (letter: string) => `Agency ${letter}`,
  respondent: (letter: string, index: number) => `Respondent ${letter}${index}`,
};

// fixtureView gives ids agency-1, agency-2 … in the order listed here.
const view = fixtureView({
  dimensions: ['x', 'y'],
  targets: { x: 0.6, y: 0.6 },
  agencies: [
    { name: 'Customs Service', scores: { x: 0.625, y: 0.5 } },
    { name: 'Audit Chamber', scores: { x: 0.2, y: 0.4 }, demo: true },
    { name: 'Ministry of Justice', scores: { x: 0.9, y: 0.1 } },
    { name: 'Zoo Agency' },
  ],
});

const REAL = ['Customs Service', 'Audit Chamber', 'Ministry of Justice', 'Zoo Agency'];

describe('anonymiseRoundView', () => {
  it('letters follow the ids: agency-1 → A, agency-2 → B …, not the names', () => {
    // The view itself is sorted by name: Audit Chamber (agency-2) comes first.
    expect(view.rows.map((r) => r.agency.id)).toEqual([
      'agency-2',
      'agency-1',
      'agency-3',
      'agency-4',
    ]);
    expect([...roundLetters(view)]).toEqual([
      ['agency-1', 'A'],
      ['agency-2', 'B'],
      ['agency-3', 'C'],
      ['agency-4', 'D'],
    ]);
  });

  it('replaces names and short names and puts the rows in letter order', () => {
    const hidden = anonymiseRoundView(view, names);
    expect(hidden.anonymised).toBe(true);
    expect(hidden.rows.map((r) => [r.agency.id, r.agency.name, r.agency.shortName])).toEqual([
      ['agency-1', 'Agency A', 'A'],
      ['agency-2', 'Agency B', 'B'],
      ['agency-3', 'Agency C', 'C'],
      ['agency-4', 'Agency D', 'D'],
    ]);
    // Scores stay with their agency: Audit Chamber (B) scored 20 in x.
    expect(hidden.rows[1]?.score?.dimensions[0]?.score).toBeCloseTo(0.2, 9);
    expect(hidden.rows[1]?.agency.demo).toBe(true);
  });

  it('leaves no real name in anything the round screens derive from the view', () => {
    const hidden = anonymiseRoundView(view, names);
    const derived = JSON.stringify([
      hidden.rows,
      heatmapRows(hidden),
      gapRows(hidden),
      distributions(hidden),
      imbalanceRows(hidden),
    ]);
    for (const name of REAL) expect(derived).not.toContain(name);
    expect(derived).not.toContain('"Respondent"');
    expect(hidden.rows[0]?.assessments[0]?.respondent.name).toBe('Respondent A1');
  });

  it('gives the same letters to a view loaded again in another order', () => {
    const again = fixtureView({
      dimensions: ['x', 'y'],
      agencies: [
        { name: 'Customs Service', scores: { x: 0.1 } },
        { name: 'Audit Chamber', scores: { x: 0.3 } },
        { name: 'Ministry of Justice' },
        { name: 'Zoo Agency' },
      ],
    });
    const reversed = { ...again, rows: [...again.rows].reverse() };
    expect(roundLetters(reversed)).toEqual(roundLetters(view));
  });

  it('does not change the view it was given', () => {
    const before = JSON.stringify(view);
    anonymiseRoundView(view, names);
    expect(JSON.stringify(view)).toBe(before);
  });
});

describe('anonymiseAgencies', () => {
  it('gives an agency map the same letters as the round view of the same agencies', () => {
    const map = new Map(view.rows.map((r) => [r.agency.id, r.agency]));
    const byId = (agencies: { id: string; name: string; shortName: string }[]) =>
      Object.fromEntries(agencies.map((a) => [a.id, `${a.name} / ${a.shortName}`]));
    expect(byId([...anonymiseAgencies(map, names).values()])).toEqual({
      'agency-1': 'Agency A / A',
      'agency-2': 'Agency B / B',
      'agency-3': 'Agency C / C',
      'agency-4': 'Agency D / D',
    });
    expect(byId(anonymiseRoundView(view, names).rows.map((r) => r.agency))).toEqual(
      byId([...anonymiseAgencies(map, names).values()]),
    );
  });
});
