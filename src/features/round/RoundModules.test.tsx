import { screen, waitFor, within } from '@testing-library/react';
import { submitAssessment } from '@/db/assessments';
import { db } from '@/db/db';
import { addRoundModule, startModuleAssessment } from '@/db/modules';
import { renderRoute } from '@/test/render';
import {
  answerDirectly,
  resetDatabase,
  seedQuestionnaire,
  seedSubmitted,
  value,
} from '@/test/seed';

beforeEach(resetDatabase);

const MODULE = { id: 'drm', version: '1.0.0' };

/**
 * The fixture's round with a submitted core assessment (strategy 3 of 5 → 50) and the
 * module "Disaster risk", whose areas are "Early warning" and "Continuity", answered at
 * level 5 (→ 100) by the same respondent.
 */
async function seedRoundWithModule() {
  const seeded = await seedSubmitted({ lvl: value(3) }, { targets: { strategy: 0.7 } });
  await seedQuestionnaire((f) => {
    f.q.id = MODULE.id;
    f.q.kind = 'module';
    f.q.title = { en: 'Disaster risk', ru: 'Риски бедствий' };
    f.dimension.title = { en: 'Early warning', ru: 'Раннее оповещение' };
    f.second.title = { en: 'Continuity', ru: 'Непрерывность' };
  });
  await addRoundModule(seeded.round.id, MODULE, { strategy: 0.9 });
  const { assessment } = await startModuleAssessment(seeded.assessment.id, MODULE);
  await answerDirectly(assessment.id, { lvl: value(5) });
  await submitAssessment(assessment.id);
  return { ...seeded, module: assessment };
}

const heatmapHeaders = () =>
  within(screen.getByRole('region', { name: 'Heatmap' }))
    .getAllByRole('columnheader')
    .map((h) => h.textContent?.replace(/[↕▲▼]/g, '').trim());

// The whole round screen renders in each test: slow on a busy machine.
describe('round screen: core or module', { timeout: 30000 }, () => {
  it('shows the core by default, and the module on its own when switched', async () => {
    const { round } = await seedRoundWithModule();
    const { user } = renderRoute(`/rounds/${round.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Baseline 2026' });
    const nav = await screen.findByRole('navigation', { name: 'Questionnaire shown' });
    const core = within(nav).getByRole('link', { name: 'Readiness (core)' });
    const module = within(nav).getByRole('link', { name: 'Module: Disaster risk' });
    expect(core).toHaveAttribute('aria-current', 'page');
    expect(module).toHaveAttribute('href', `/rounds/${round.id}?q=drm`);
    expect(heatmapHeaders()).toEqual(expect.arrayContaining(['Strategy', 'Services']));
    expect(heatmapHeaders()).not.toContain('Early warning');

    await user.click(module);
    await waitFor(() => expect(heatmapHeaders()).toContain('Early warning'));
    expect(heatmapHeaders()).not.toContain('Strategy');
    // (a fresh screen per questionnaire: the switch comes back once its list is read)
    expect(
      within(await screen.findByRole('navigation', { name: 'Questionnaire shown' })).getByRole(
        'link',
        {
          name: 'Module: Disaster risk',
        },
      ),
    ).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/^Showing the module “Disaster risk”/)).toBeVisible();
    // the module's own score (100) on its row, not the core's 50
    const heatmap = screen.getByRole('region', { name: 'Heatmap' });
    expect(
      within(heatmap).getByRole('row', { name: /Ministry of Digital Development/ }),
    ).toHaveTextContent('100');
    // the links to the targets and the comparison keep the module
    // (the sections below the heatmap follow as a deferred update)
    await waitFor(() => {
      const targets = screen.getAllByRole('link', { name: 'Set targets' });
      expect(targets.map((link) => link.getAttribute('href'))).toEqual(
        targets.map(() => `/rounds/${round.id}/targets?q=drm`),
      );
    });
    expect(screen.getByRole('link', { name: 'Compare agencies' })).toHaveAttribute(
      'href',
      `/rounds/${round.id}/compare?q=drm`,
    );
  });

  it('keeps the module on the comparison and on an agency’s page', async () => {
    const { round, agency } = await seedRoundWithModule();
    const { unmount } = renderRoute(`/rounds/${round.id}/compare?q=drm`);
    const nav = await screen.findByRole('navigation', { name: 'Questionnaire shown' });
    expect(within(nav).getByRole('link', { name: 'Module: Disaster risk' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByText(/^Showing the module “Disaster risk”/)).toBeVisible();
    unmount();

    renderRoute(`/rounds/${round.id}/agencies/${agency.id}?q=drm`);
    await screen.findByRole('heading', { level: 1, name: /Ministry of Digital Development/ });
    expect((await screen.findAllByText('Early warning')).length).toBeGreaterThan(0);
    expect(screen.queryByText('Strategy')).not.toBeInTheDocument();
  });

  it('falls back to the core, and says so, for a questionnaire the round does not use', async () => {
    const { round } = await seedRoundWithModule();
    renderRoute(`/rounds/${round.id}?q=nope`);
    expect(
      await screen.findByText(/questionnaire named in the address is not used by this round/),
    ).toBeVisible();
    expect(heatmapHeaders()).toEqual(expect.arrayContaining(['Strategy', 'Services']));
  });

  it('sets the module’s targets apart from the core’s', async () => {
    const { round } = await seedRoundWithModule();
    const { user } = renderRoute(`/rounds/${round.id}/targets?q=drm`);
    const warning = await screen.findByLabelText('Early warning');
    expect(warning).toHaveValue('90');
    await user.clear(warning);
    await user.type(warning, '80');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    await screen.findByText('Targets saved.');
    const stored = await db.rounds.get(round.id);
    expect(stored?.targets.drm).toEqual({ strategy: 0.8 });
    expect(stored?.targets.core).toEqual({ strategy: 0.7 });
  });

  it('adds a stored module to a round that has none', async () => {
    const seeded = await seedSubmitted({ lvl: value(3) });
    await seedQuestionnaire((f) => {
      f.q.id = 'green';
      f.q.kind = 'module';
      f.q.title = { en: 'Green growth', ru: 'Зелёный рост' };
    });
    const { user } = renderRoute(`/rounds/${seeded.round.id}/targets`);
    const section = await screen.findByRole('region', { name: 'Add a module to this round' });
    expect(within(section).getByRole('combobox', { name: 'Module' })).toHaveDisplayValue(
      'Green growth (1.0.0)',
    );
    await user.click(within(section).getByRole('button', { name: 'Add module' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Module added: Green growth.',
    );
    const stored = await db.rounds.get(seeded.round.id);
    expect(stored?.questionnaires.map((q) => q.id)).toEqual(['core', 'green']);
    expect(stored?.targets.green).toEqual({ strategy: 0.6, services: 0.6 });
    expect(await screen.findByRole('link', { name: 'Module: Green growth' })).toHaveAttribute(
      'href',
      `/rounds/${seeded.round.id}/targets?q=green`,
    );
    expect(
      await within(section).findByText(
        'Every module stored on this device is already part of this round.',
      ),
    ).toBeVisible();
  });
});
