import { screen, waitFor } from '@testing-library/react';
import { submitAssessment } from '@/db/assessments';
import { renderRoute } from '@/test/render';
import { answerDirectly, readAssessment, resetDatabase, seedDraft, value } from '@/test/seed';

beforeEach(resetDatabase);

/** The fixture with its level and yes/partial/no items required. */
const seedRequired = () =>
  seedDraft({
    change: (f) => {
      f.level.required = true;
      f.yesNo.required = true;
    },
  });

async function openReview(assessmentId: string) {
  const rendered = renderRoute(`/assessments/${assessmentId}/review`);
  await screen.findByRole('heading', { level: 1, name: 'Review and submit' });
  return rendered;
}

describe('ReviewPage', () => {
  it('lists what is unanswered, with links, and blocks submission while required items are missing', async () => {
    const { assessment } = await seedRequired();
    await answerDirectly(assessment.id, { pct: value(40) });
    await openReview(assessment.id);

    const link = screen.getByRole('link', { name: 'How mature is it?' });
    expect(link).toHaveAttribute('href', `/assessments/${assessment.id}/step/1#item-lvl`);
    expect(link.closest('li')).toHaveTextContent('How mature is it? (required)');
    expect(
      screen.getByRole('link', { name: 'Is there a strategy?' }).closest('li'),
    ).toHaveTextContent('(required)');
    // Unanswered but optional: listed, not marked.
    const optional = screen.getByRole('link', { name: 'Who owns the data?' }).closest('li');
    expect(optional).not.toHaveTextContent('(required)');
    expect(
      screen.queryByRole('link', { name: 'Share of services online' }),
    ).not.toBeInTheDocument();

    const submit = screen.getByRole('button', { name: 'Submit the assessment' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription('2 required questions are not answered yet.');
  });

  it('submits once the required items are answered, and reopening keeps the submitted version', async () => {
    const { assessment } = await seedRequired();
    const { user } = await openReview(assessment.id);
    expect(screen.getByRole('button', { name: 'Submit the assessment' })).toBeDisabled();

    // Answered meanwhile (here: in another tab); the page follows the stored answers.
    await answerDirectly(assessment.id, { lvl: value(3), ypn: { kind: 'na' } });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Submit the assessment' })).toBeEnabled(),
    );
    expect(screen.queryByText(/required questions? (is|are) not answered/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit the assessment' }));
    await screen.findByRole('heading', { level: 1, name: 'Results' });
    const submitted = await readAssessment(assessment.id);
    expect(submitted.status).toBe('submitted');
    expect(submitted.history).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Reopen to change answers' }));
    await screen.findByRole('heading', { level: 1, name: 'Strategy' });
    const reopened = await readAssessment(assessment.id);
    expect(reopened.status).toBe('draft');
    expect(reopened.history).toHaveLength(1);
    expect(reopened.history[0]).toMatchObject({
      revision: submitted.revision,
      submittedAt: submitted.submittedAt,
      answers: submitted.answers,
    });
    expect(reopened.answers).toEqual(submitted.answers);
  });

  it('offers the results and reopening for a submitted assessment', async () => {
    const { assessment } = await seedRequired();
    await answerDirectly(assessment.id, { lvl: value(5), ypn: value('yes') });
    await submitAssessment(assessment.id);
    const { user } = await openReview(assessment.id);
    expect(screen.getByText(/^Submitted .*The answers are read-only\.$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the results' })).toHaveAttribute(
      'href',
      `/assessments/${assessment.id}/results`,
    );
    expect(screen.queryByRole('button', { name: 'Submit the assessment' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reopen to change answers' }));
    expect(await screen.findByRole('button', { name: 'Submit the assessment' })).toBeEnabled();
    const reopened = await readAssessment(assessment.id);
    expect(reopened.status).toBe('draft');
    expect(reopened.history).toHaveLength(1);
    expect(reopened.history[0]?.answers.lvl?.response).toEqual(value(5));
  });
});
