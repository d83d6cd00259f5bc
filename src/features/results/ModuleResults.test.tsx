import { screen, waitFor, within } from '@testing-library/react';
import { submitAssessment } from '@/db/assessments';
import { db } from '@/db/db';
import { addRoundModule } from '@/db/modules';
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

/** A submitted core assessment (strategy level 3 → 50) in a round with the module "Disaster risk". */
async function seedCoreAndModule() {
  const seeded = await seedSubmitted({ lvl: value(3) });
  await seedQuestionnaire((f) => {
    f.q.id = MODULE.id;
    f.q.kind = 'module';
    f.q.title = { en: 'Disaster risk', ru: 'Риски бедствий' };
  });
  await addRoundModule(seeded.round.id, MODULE);
  return seeded;
}

const section = (name: string) => screen.findByRole('region', { name });
const headlines = () => screen.getByRole('region', { name: 'Overall score' });

describe('results: modules', { timeout: 30000 }, () => {
  it('offers the module not started, starts it once, and lists its score apart from the core', async () => {
    const { assessment } = await seedCoreAndModule();
    const { user, unmount } = renderRoute(`/assessments/${assessment.id}/results`);
    const modules = await section('Modules of this round');
    expect(within(modules).getByRole('row', { name: /Disaster risk/ })).toHaveTextContent(
      'not started',
    );
    await user.click(
      within(modules).getByRole('button', { name: 'Answer the module: Disaster risk' }),
    );
    // the wizard opens on the module's first step
    await screen.findByRole('heading', { level: 1, name: 'Strategy' });
    const started = await db.assessments.filter((a) => a.questionnaire.id === 'drm').toArray();
    expect(started).toHaveLength(1);
    expect(started[0]?.respondent).toEqual(assessment.respondent);
    unmount();

    // answered at level 5 and submitted: 100 for the module, the core stays at 50
    await answerDirectly(started[0]!.id, { lvl: value(5) });
    await submitAssessment(started[0]!.id);
    renderRoute(`/assessments/${assessment.id}/results`);
    const after = await section('Modules of this round');
    await waitFor(() =>
      expect(within(after).getByRole('row', { name: /Disaster risk/ })).toHaveTextContent(
        /submitted\s*100\s*A/,
      ),
    );
    expect(headlines()).toHaveTextContent(/Overall score\s*50 \/ 100/);
    expect(
      within(after).queryByRole('button', { name: /Answer the module/ }),
    ).not.toBeInTheDocument();
    expect(within(after).getByRole('link', { name: 'Open Disaster risk' })).toHaveAttribute(
      'href',
      `/assessments/${started[0]!.id}/results`,
    );
  });

  it('marks a module’s own results as a module and lists the core beside it', async () => {
    const { assessment } = await seedCoreAndModule();
    const { user } = renderRoute('/');
    // the home page offers the module under the core assessment
    await user.click(
      await screen.findByRole('button', { name: 'Answer the module: Disaster risk' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Strategy' });
    const [module] = await db.assessments.filter((a) => a.questionnaire.id === 'drm').toArray();
    await answerDirectly(module!.id, { lvl: value(5) });
    await submitAssessment(module!.id);

    renderRoute(`/assessments/${module!.id}/results`);
    const others = await section('Other questionnaires of this round');
    expect(screen.getByText(/This is a module of the round/)).toBeVisible();
    expect(headlines()).toHaveTextContent(/Overall score\s*100 \/ 100/);
    expect(within(others).getByRole('row', { name: /Readiness/ })).toHaveTextContent(
      /^Readiness \(core\)\s*submitted\s*50\s*B/,
    );
    expect(within(others).getByRole('link', { name: 'Open Readiness' })).toHaveAttribute(
      'href',
      `/assessments/${assessment.id}/results`,
    );
  });
});
