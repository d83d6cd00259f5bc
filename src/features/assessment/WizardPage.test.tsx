import { act, screen, waitFor, within } from '@testing-library/react';
import { submitAssessment } from '@/db/assessments';
import { getPlace } from '@/db/places';
import { renderRoute } from '@/test/render';
import { TYPING_DELAY_MS } from './useAutosave';
import { answerDirectly, readAssessment, resetDatabase, seedDraft, value } from '@/test/seed';

beforeEach(resetDatabase);

// The fixture's first step, "Strategy", holds one item of every type.
const LEVEL = 'How mature is it?';
const YES_NO = 'Is there a strategy?';
const PERCENT = 'Share of services online';
const CHOICE = 'Who owns the data?';
const NUMBER = 'How many IT staff?';
const TEXT = 'Anything else?';
const FOLLOW_UP = 'Is the strategy funded?';

/** An item's section, found by its question (its heading also holds the number). */
const item = (question: string) =>
  screen.getByRole('region', { name: (name) => name.includes(question) });
const queryItem = (question: string) =>
  screen.queryByRole('region', { name: (name) => name.includes(question) });
const radio = (question: string, name: string | RegExp) =>
  within(item(question)).getByRole('radio', { name });
const note = (question: string) =>
  within(item(question)).getByRole('textbox', { name: 'Notes and evidence' });
const typed = (question: string, label: string) =>
  within(item(question)).getByRole('textbox', {
    name: (name) => name.endsWith(`${question} ${label}`),
  });

async function openStep(assessmentId: string, step: number, title = 'Strategy') {
  const rendered = renderRoute(`/assessments/${assessmentId}/step/${step}`);
  await screen.findByRole('heading', { level: 1, name: title });
  // The questions below the first screen follow the first frame.
  await waitFor(() =>
    expect(screen.getByRole('group', { name: title })).toHaveAttribute('aria-busy', 'false'),
  );
  return rendered;
}

async function storedAnswers(assessmentId: string) {
  return (await readAssessment(assessmentId)).answers;
}

describe('WizardPage', () => {
  it('writes a clicked level to IndexedDB at once and says all answers are saved', async () => {
    const { assessment } = await seedDraft();
    const { user } = await openStep(assessment.id, 1);
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();

    await user.click(radio(LEVEL, /^4 Level 4/));

    await waitFor(async () =>
      expect((await storedAnswers(assessment.id)).lvl?.response).toEqual(value(4)),
    );
    expect(await screen.findByText(/^All answers saved/)).toHaveAttribute('role', 'status');
    expect(radio(LEVEL, /^4 Level 4/)).toBeChecked();
  });

  it('stores "Not applicable" and "Don\'t know" as responses of their own, apart from unanswered', async () => {
    const { assessment } = await seedDraft();
    const { user } = await openStep(assessment.id, 1);

    await user.click(radio(LEVEL, 'Not applicable'));
    await user.click(radio(YES_NO, "Don't know"));
    await user.click(within(item(PERCENT)).getByRole('checkbox', { name: 'Not applicable' }));

    await waitFor(async () => {
      const answers = await storedAnswers(assessment.id);
      expect(answers.lvl?.response).toEqual({ kind: 'na' });
      expect(answers.ypn?.response).toEqual({ kind: 'dk' });
      expect(answers.pct?.response).toEqual({ kind: 'na' });
    });
    const answers = await storedAnswers(assessment.id);
    expect(answers).not.toHaveProperty('cho');
    expect(answers).not.toHaveProperty('num');
    // A skipped typed answer cannot hold a value as well.
    expect(typed(PERCENT, 'Percentage (0–100)')).toBeDisabled();
    // They count as answered in the step list, unlike the untouched items.
    expect(screen.getByRole('link', { name: /^Strategy\s*3 of 6 answered$/ })).toBeInTheDocument();
  });

  it('saves a typed note once, within 500 ms of the last keystroke, not on every keystroke', async () => {
    const { assessment } = await seedDraft();
    const { user } = await openStep(assessment.id, 1);
    const revisionBefore = (await readAssessment(assessment.id)).revision;

    await user.type(note(YES_NO), 'Decree 12');
    // Not written per keystroke: right after the last one, nothing is stored yet.
    expect((await storedAnswers(assessment.id)).ypn).toBeUndefined();

    // The timeout only bounds the polling; the promise itself is checked on the stored
    // times, so a busy test machine cannot blur it.
    await waitFor(
      async () => expect((await storedAnswers(assessment.id)).ypn?.note).toBe('Decree 12'),
      { timeout: 1000, interval: 20 },
    );
    const stored = await readAssessment(assessment.id);
    // `at` is stamped at the last keystroke, `updatedAt` when the write ran.
    const delay = Date.parse(stored.updatedAt) - Date.parse(stored.answers.ypn?.at ?? '');
    expect(delay).toBeGreaterThanOrEqual(TYPING_DELAY_MS - 10);
    expect(delay).toBeLessThan(500);
    // Nine keystrokes, one write.
    expect(stored.revision).toBe(revisionBefore + 1);
  });

  it('refuses a percentage out of range with a message, and stores "40,5" as 40.5', async () => {
    const { assessment } = await seedDraft();
    const { user } = await openStep(assessment.id, 1);
    const input = typed(PERCENT, 'Percentage (0–100)');

    await user.type(input, '150');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter a number from 0 to 100. Not saved yet.',
    );
    expect(input).toBeInvalid();
    expect(input).toHaveValue('150');
    // The status never claims "all saved" while an invalid value is on screen.
    expect(
      await screen.findByText('1 answer on this page is not valid and is not saved. It is marked.'),
    ).toHaveAttribute('data-state', 'invalid');
    // Past the typing pause the edit has been handled, yet nothing was stored.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await storedAnswers(assessment.id)).not.toHaveProperty('pct');

    await user.clear(input);
    await user.type(input, '40,5');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(async () =>
      expect((await storedAnswers(assessment.id)).pct?.response).toEqual(value(40.5)),
    );
  });

  it('shows every stored answer again after the page is left and opened anew', async () => {
    const { assessment } = await seedDraft();
    const first = await openStep(assessment.id, 1);
    const { user } = first;

    await user.click(radio(LEVEL, /^3 Level 3/));
    await user.type(note(LEVEL), 'See the decree');
    await user.click(radio(YES_NO, 'Partly'));
    await user.type(typed(PERCENT, 'Percentage (0–100)'), '75');
    await user.click(radio(CHOICE, 'A unit'));
    await user.type(typed(NUMBER, 'Number'), '12');
    await user.type(typed(TEXT, 'Your answer'), 'Two pilots running');
    await waitFor(async () =>
      expect(await storedAnswers(assessment.id)).toMatchObject({
        lvl: { response: value(3), note: 'See the decree' },
        ypn: { response: value('partial') },
        pct: { response: value(75) },
        cho: { response: value('unit') },
        num: { response: value(12) },
        txt: { response: value('Two pilots running') },
      }),
    );
    first.unmount();

    await openStep(assessment.id, 1);
    expect(radio(LEVEL, /^3 Level 3/)).toBeChecked();
    expect(note(LEVEL)).toHaveValue('See the decree');
    expect(radio(YES_NO, 'Partly')).toBeChecked();
    expect(typed(PERCENT, 'Percentage (0–100)')).toHaveValue('75');
    expect(radio(CHOICE, 'A unit')).toBeChecked();
    expect(typed(NUMBER, 'Number')).toHaveValue('12');
    expect(typed(TEXT, 'Your answer')).toHaveValue('Two pilots running');
  });

  it('shows a show-if item while its condition holds, and keeps its answer when it hides', async () => {
    // The follow-up moves into the first step, so it can come and go on one screen.
    const { assessment } = await seedDraft({
      change: (f) => {
        f.dimension.items.push(f.followUp);
        f.second.items.splice(0, 1, { ...f.level, id: 'lvl2' });
      },
    });
    const { user } = await openStep(assessment.id, 1);
    expect(queryItem(FOLLOW_UP)).not.toBeInTheDocument();

    await user.click(radio(YES_NO, 'Yes'));
    await user.click(radio(FOLLOW_UP, 'Partly'));
    await waitFor(async () =>
      expect((await storedAnswers(assessment.id))['follow-up']?.response).toEqual(value('partial')),
    );

    await user.click(radio(YES_NO, 'No'));
    expect(queryItem(FOLLOW_UP)).not.toBeInTheDocument();
    await waitFor(async () =>
      expect((await storedAnswers(assessment.id)).ypn?.response).toEqual(value('no')),
    );
    expect((await storedAnswers(assessment.id))['follow-up']?.response).toEqual(value('partial'));

    await user.click(radio(YES_NO, 'Yes'));
    expect(radio(FOLLOW_UP, 'Partly')).toBeChecked();
  });

  it('stores a note typed just before "Next" is clicked', async () => {
    const { assessment } = await seedDraft();
    const { user } = await openStep(assessment.id, 1);

    await user.type(note(CHOICE), 'Data owner named in the order');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await screen.findByRole('heading', { level: 1, name: 'Services' });
    // Read as the screen takes in what was just stored (it shows the step before that).
    const stored = await act(() => storedAnswers(assessment.id));
    expect(stored.cho?.note).toBe('Data owner named in the order');
  });

  it('moves between steps with the header and step list in place, and remembers the step', async () => {
    const { assessment } = await seedDraft();
    const { user } = await openStep(assessment.id, 1);
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    const header = screen.getByRole('progressbar', { name: 'Answered' });

    // A "yes" brings in the follow-up on the next step: the list counts it before it is stored.
    await user.click(radio(YES_NO, 'Yes'));
    expect(within(steps).getByRole('link', { name: /^Services\s*0 of 1 answered$/ })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Services' })).toHaveFocus();
    expect(screen.getByRole('navigation', { name: 'Steps' })).toBe(steps);
    expect(screen.getByRole('progressbar', { name: 'Answered' })).toBe(header);
    expect(within(steps).getByRole('link', { name: /^Services/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await waitFor(async () => expect((await getPlace(assessment.id))?.step).toBe(2));

    await user.click(radio(FOLLOW_UP, 'Partly'));
    expect(within(steps).getByRole('link', { name: /^Services\s*1 of 1 answered$/ })).toBeVisible();
    await waitFor(async () =>
      expect((await storedAnswers(assessment.id))['follow-up']?.response).toEqual(value('partial')),
    );
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Strategy' })).toHaveFocus();
    await waitFor(async () => expect((await getPlace(assessment.id))?.step).toBe(1));
  });

  it("shows another tab's changes without a reload", async () => {
    const { assessment } = await seedDraft();
    await answerDirectly(assessment.id, { lvl: value(2) });
    await openStep(assessment.id, 1);
    expect(radio(LEVEL, /^2 Level 2/)).toBeChecked();

    await answerDirectly(assessment.id, { lvl: value(4), ypn: value('yes') });

    await waitFor(() => expect(radio(LEVEL, /^4 Level 4/)).toBeChecked());
    // Also an item this tab had never seen an answer for.
    await waitFor(() => expect(radio(YES_NO, 'Yes')).toBeChecked());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps a conflicting change from another tab, and stores mine only when asked', async () => {
    const { assessment } = await seedDraft();
    const { user } = await openStep(assessment.id, 1);
    const input = typed(PERCENT, 'Percentage (0–100)');

    // Typed here, and before the pause is over, another tab stores its own answer.
    await user.type(input, '70');
    await answerDirectly(assessment.id, { pct: value(30) });

    const notice = await screen.findByRole('alert');
    expect(
      within(notice).getByRole('heading', { name: 'Changed in another window' }),
    ).toBeInTheDocument();
    expect((await storedAnswers(assessment.id)).pct?.response).toEqual(value(30));
    expect(input).toHaveValue('30');

    await user.click(within(notice).getByRole('button', { name: 'Use my answer' }));

    await waitFor(async () =>
      expect((await storedAnswers(assessment.id)).pct?.response).toEqual(value(70)),
    );
    expect(input).toHaveValue('70');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a submitted assessment read-only', async () => {
    const { assessment } = await seedDraft();
    await answerDirectly(assessment.id, { lvl: value(3) });
    await submitAssessment(assessment.id);
    await openStep(assessment.id, 1);

    expect(screen.getByRole('note')).toHaveTextContent(/submitted and cannot be changed/);
    const radios = screen.getAllByRole('radio');
    expect(radios.length).toBeGreaterThan(0);
    for (const r of radios) expect(r).toBeDisabled();
    expect(radio(LEVEL, /^3 Level 3/)).toBeChecked();
    for (const box of screen.getAllByRole('textbox')) expect(box).toBeDisabled();
    // Each control is disabled on its own, the "not applicable" and "don't know" boxes too.
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toBeDisabled();
  });
});
