import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';
import { ItemSection } from './ItemSection';

/** One step of the questionnaire: `/assessments/<id>/step/<n>`, one dimension per step. */
export class WizardPage extends AppPage {
  async goto(baseURL: string, assessmentId: string, step: number): Promise<void> {
    await this.page.goto(`${baseURL}/assessments/${assessmentId}/step/${step}`);
    await this.waitForStep(step);
  }

  /**
   * Waits for "Step n of 9" (and, given, the dimension's title as h1), and for all of the
   * step's questions: those below the first screen follow its first frame, as a person sees.
   */
  async waitForStep(step: number, title?: string): Promise<void> {
    await this.page.getByText(this.texts.stepOf(step)).waitFor();
    if (title !== undefined) await this.waitForHeading(title);
    await this.waitForAllQuestions();
  }

  /** Waits until the step's questions below the first screen, which follow its first frame, are drawn. */
  async waitForAllQuestions(): Promise<void> {
    await this.page.locator('main [role="group"][aria-busy="false"]').waitFor();
  }

  /** The step number shown on screen ("Step 3 of 9" → 3; Kyrgyz puts the count first). */
  async currentStep(): Promise<number> {
    const shown = (await this.page.getByText(this.texts.stepOf(null)).textContent()) ?? '';
    const numbers = (shown.match(/\d+/g) ?? []).map(Number);
    const step = numbers.find((n) => this.texts.stepOf(n).test(shown));
    if (step === undefined) throw new Error(`no step number in "${shown}"`);
    return step;
  }

  /** The question whose heading contains `question` (the heading adds number and "required"). */
  item(question: string): ItemSection {
    return new ItemSection(this.page.getByRole('region', { name: question }), this.texts);
  }

  /** Every question shown on this step. */
  get questions(): Locator {
    return this.page.getByRole('main').getByRole('region');
  }

  /** The left-hand list of steps; each link reads "<area> 3 of 6 answered". */
  stepLink(shortTitle: string): Locator {
    return this.page
      .getByRole('navigation', { name: this.texts.steps })
      .getByRole('link', { name: shortTitle });
  }

  async goToStep(step: number, shortTitle: string): Promise<void> {
    await this.stepLink(shortTitle).click();
    await this.waitForStep(step);
  }

  async next(): Promise<void> {
    const step = await this.currentStep();
    await this.page.getByRole('button', { name: this.texts.next, exact: true }).click();
    await this.waitForStep(step + 1);
  }

  async previous(): Promise<void> {
    const step = await this.currentStep();
    await this.page.getByRole('button', { name: this.texts.previous, exact: true }).click();
    await this.waitForStep(step - 1);
  }

  /** The last step's "Review and submit" button (not the link of the same name in "Steps"). */
  async toReview(): Promise<void> {
    await this.page.getByRole('button', { name: this.texts.toReview, exact: true }).click();
    await this.waitForHeading(this.texts.reviewTitle);
  }

  /**
   * Where this tab's answers are: `idle`, `pending` (waiting for the typing pause), `saving`,
   * `saved` or `error`, from the save status ("All answers saved (19:02:11).").
   */
  async saveState(): Promise<string | null> {
    return this.page.getByRole('main').getByRole('status').getAttribute('data-state');
  }

  /** The alert shown when another tab changed an answer this tab was editing. */
  get conflict(): Locator {
    return this.page
      .getByRole('alert')
      .filter({ has: this.page.getByRole('heading', { name: this.texts.conflictTitle }) });
  }

  async useMyAnswer(): Promise<void> {
    await this.conflict.getByRole('button', { name: this.texts.keepMine, exact: true }).click();
  }
}
