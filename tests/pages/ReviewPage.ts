import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

/** `/assessments/<id>/review`: what is still unanswered, and the way to submit. */
export class ReviewPage extends AppPage {
  async goto(baseURL: string, assessmentId: string): Promise<void> {
    await this.page.goto(`${baseURL}/assessments/${assessmentId}/review`);
    await this.waitForHeading(this.texts.reviewTitle);
  }

  /** Links to unanswered questions, named by the question. */
  unansweredLink(question: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name: question });
  }

  get allAnswered(): Locator {
    return this.page.getByText(this.texts.allAnswered, { exact: true });
  }

  /** "3 required questions are not answered yet." */
  get requiredMissing(): Locator {
    return this.page.getByText(this.texts.requiredMissing);
  }

  get submitButton(): Locator {
    return this.page.getByRole('button', { name: this.texts.submit, exact: true });
  }

  get reopenButton(): Locator {
    return this.page.getByRole('button', { name: this.texts.reopen, exact: true });
  }

  get seeResultsLink(): Locator {
    return this.page.getByRole('link', { name: this.texts.seeResults, exact: true });
  }

  /** Submits and waits for the results. */
  async submit(): Promise<void> {
    await this.submitButton.click();
    await this.waitForHeading(this.texts.resultsTitle);
  }

  /** Reopens a submitted assessment; the review page then offers "Submit" again. */
  async reopen(): Promise<void> {
    await this.reopenButton.click();
    await this.submitButton.waitFor();
  }
}
