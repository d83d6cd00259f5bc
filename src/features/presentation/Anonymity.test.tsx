/**
 * With "hide agency names" on, no agency's name or short name may reach the projected
 * screen: not in text, not in the charts' SVG text, not in any attribute (aria-label, title,
 * alt …) and so not in any accessible name. Checked on every slide of the demo data's round.
 */
import { screen, waitFor } from '@testing-library/react';
import { db } from '@/db/db';
import { loadDemoData } from '@/db/demo';
import { setHideAgencyNames } from '@/db/privacy';
import { renderRoute } from '@/test/render';
import { resetDatabase } from '@/test/seed';

beforeEach(resetDatabase);

function attributesAndText(): string[] {
  const found: string[] = [document.body.innerHTML, document.body.textContent ?? ''];
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of element.attributes) found.push(attribute.value);
  }
  return found;
}

/** Every agency name or short name that appears anywhere on the page now. */
function namesShown(names: readonly string[]): string[] {
  const everything = attributesAndText();
  return names.filter((name) => everything.some((text) => text.includes(name)));
}

async function demoRound() {
  await loadDemoData();
  const agencies = await db.agencies.toArray();
  const rounds = await db.rounds.toArray();
  const round = rounds.sort((a, b) => b.period.start.localeCompare(a.period.start))[0];
  if (!round) throw new Error('the demo data has rounds');
  // Short names such as "MES" or "NSC" are matched as they are: any occurrence counts.
  const names = [...new Set(agencies.flatMap((a) => [a.name, a.shortName]))];
  return { round, names };
}

describe('presentation with agency names hidden', () => {
  it('shows no agency name or short name on any slide, anywhere in the page', async () => {
    const { round, names } = await demoRound();
    await setHideAgencyNames(true);
    const { user } = renderRoute(`/rounds/${round.id}/present`);
    await screen.findByRole('heading', { level: 1, name: round.name });
    const count = Number(/of (\d+)/.exec(screen.getByText(/^Slide 1 of/).textContent ?? '')?.[1]);
    expect(count).toBeGreaterThan(4);

    let withChart = 0;
    for (let slide = 1; slide <= count; slide++) {
      expect(screen.getByText(`Slide ${slide} of ${count}`)).toBeInTheDocument();
      expect(namesShown(names), `slide ${slide}`).toEqual([]);
      if (screen.queryByRole('img', { name: /Scores of the agencies/ })) {
        withChart += 1;
        // The chart's letters and its table name agencies by letter only.
        expect(
          screen.getAllByRole('rowheader').some((h) => /^Agency [A-Z]+/.test(h.textContent ?? '')),
        ).toBe(true);
      }
      await user.keyboard('{ArrowRight}');
    }
    expect(withChart).toBeGreaterThan(0);
  }, 60000);

  it('A hides the names that were shown, on the slide being shown', async () => {
    const { round, names } = await demoRound();
    const { user } = renderRoute(`/rounds/${round.id}/present`);
    await screen.findByRole('heading', { level: 1, name: round.name });
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await screen.findByRole('img', { name: /Scores of the agencies/ });
    // Shown: the slide's data table names the agencies (the check finds them).
    expect(namesShown(names).length).toBeGreaterThan(5);

    await user.keyboard('a');
    await waitFor(() => expect(namesShown(names)).toEqual([]));
    expect(screen.getByText('Agency names hidden')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Hide agency names' })).toBeChecked();
    expect(document.querySelectorAll('svg text').length).toBeGreaterThan(5);

    await user.keyboard('a');
    await waitFor(() => expect(namesShown(names).length).toBeGreaterThan(5));
  }, 60000);
});
