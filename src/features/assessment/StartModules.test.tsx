import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { db } from '@/db/db';
import { addRound } from '@/db/rounds';
import { renderRoute } from '@/test/render';
import { resetDatabase, seedAgency, seedQuestionnaire } from '@/test/seed';

beforeEach(resetDatabase);

const field = (label: string) => screen.getByLabelText(label);

/** A stored module questionnaire ("Disaster risk"), beside the fixture's core one. */
async function seedModule() {
  return seedQuestionnaire((f) => {
    f.q.id = 'drm';
    f.q.kind = 'module';
    f.q.title = { en: 'Disaster risk', ru: 'Риски бедствий' };
  });
}

async function openStart(readyLabel: string) {
  const rendered = renderRoute('/assessments/new');
  await screen.findByRole('heading', { level: 1, name: 'Start a self-assessment' });
  await screen.findByLabelText(readyLabel);
  return rendered;
}

async function fillNew(user: UserEvent) {
  await user.type(field('Full name'), 'Ministry of Emergency Situations');
  await user.type(field('Short name'), 'MES');
  await user.type(field('Name of the round'), 'Baseline 2026');
  await user.type(field('Start date'), '2026-01-15');
  await user.type(field('End date'), '2026-03-31');
  await user.type(field('Your name'), 'Aida Bekova');
  await user.selectOptions(field('Your role'), 'IT unit');
}

const submit = (user: UserEvent) =>
  user.click(screen.getByRole('button', { name: 'Start the assessment' }));

describe('StartPage: modules', () => {
  it('chooses the core among core questionnaires only, and adds the modules ticked', async () => {
    const core = await seedQuestionnaire();
    await seedModule();
    const { user } = await openStart('Full name');

    const select = screen.getByRole('combobox', { name: 'Questionnaire' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Readiness (1.0.0)']);
    const group = screen.getByRole('group', { name: 'Optional modules' });
    expect(group).toHaveAccessibleDescription(/scored apart from it/);
    const box = within(group).getByRole('checkbox', { name: 'Disaster risk (1.0.0)' });
    expect(box).not.toBeChecked();
    await user.click(box);
    await fillNew(user);
    await submit(user);

    // The core questionnaire opens first; the module is offered after it.
    await screen.findByRole('heading', { level: 1, name: 'Strategy' });
    const [round] = await db.rounds.toArray();
    expect(round?.questionnaires).toEqual([
      { id: core.id, version: core.version },
      { id: 'drm', version: '1.0.0' },
    ]);
    expect(round?.targets.drm).toEqual({ strategy: 0.6, services: 0.6 });
    const [assessment] = await db.assessments.toArray();
    expect(assessment?.questionnaire.id).toBe(core.id);
  });

  it('adds no module when none is ticked', async () => {
    await seedQuestionnaire();
    await seedModule();
    const { user } = await openStart('Full name');
    await fillNew(user);
    await submit(user);
    await screen.findByRole('heading', { level: 1, name: 'Strategy' });
    const [round] = await db.rounds.toArray();
    expect(round?.questionnaires.map((q) => q.id)).toEqual(['core']);
  });

  it('answers a module of an existing round, and opens the same one again the next time', async () => {
    await seedQuestionnaire();
    await seedModule();
    const agency = await seedAgency('Ministry of Emergency Situations');
    await addRound({
      name: 'Follow-up 2026',
      period: { start: '2026-01-01', end: '2026-03-31' },
      questionnaires: [
        { id: 'core', version: '1.0.0' },
        { id: 'drm', version: '1.0.0' },
      ],
    });
    const start = async () => {
      const { user, unmount } = await openStart('Questionnaire to answer');
      const which = screen.getByRole('combobox', { name: 'Questionnaire to answer' });
      expect(
        within(which)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Readiness (core)', 'Module: Disaster risk']);
      await user.selectOptions(which, 'Module: Disaster risk');
      await user.type(field('Your name'), 'Aida Bekova');
      await user.selectOptions(field('Your role'), 'IT unit');
      await submit(user);
      await screen.findByRole('heading', { level: 1, name: 'Strategy' });
      unmount();
    };
    await start();
    await start();
    const stored = await db.assessments.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      agencyId: agency.id,
      questionnaire: { id: 'drm', version: '1.0.0' },
    });
  });
});
