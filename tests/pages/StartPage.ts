import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

export interface NewAssessment {
  agency: { name: string; shortName: string };
  /** Dates as `yyyy-mm-dd`. */
  round: { name: string; start: string; end: string };
  /** `role` is the label shown in "Your role", e.g. "IT unit". */
  respondent: { name: string; role: string };
}

/** The start form as it is on a device with no agencies or rounds yet. */
export class StartPage extends AppPage {
  async goto(baseURL: string): Promise<void> {
    await this.page.goto(`${baseURL}/assessments/new`);
    await this.waitForHeading(this.texts.startTitle);
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Opens "Targets per area" and reads the target typed for each area (by its title). */
  async targets(areas: readonly string[]): Promise<string[]> {
    const summary = this.page.getByText(this.texts.targets, { exact: true });
    const inputs = areas.map((area) => this.field(area));
    if (!(await inputs[0]?.isVisible())) await summary.click();
    return Promise.all(inputs.map((input) => input.inputValue()));
  }

  async fill(input: NewAssessment): Promise<void> {
    const t = this.texts;
    await this.field(t.agencyName).fill(input.agency.name);
    await this.field(t.agencyShortName).fill(input.agency.shortName);
    await this.field(t.roundName).fill(input.round.name);
    await this.field(t.roundStart).fill(input.round.start);
    await this.field(t.roundEnd).fill(input.round.end);
    await this.field(t.respondentName).fill(input.respondent.name);
    await this.field(t.respondentRole).selectOption({ label: input.respondent.role });
  }

  /** Submits the form and waits for step 1; returns the new assessment's id. */
  async start(): Promise<string> {
    await this.page.getByRole('button', { name: this.texts.startButton, exact: true }).click();
    await this.page.waitForURL(/\/assessments\/[^/]+\/step\/1$/);
    await this.page.getByText(this.texts.stepOf(1)).waitFor();
    return this.assessmentId();
  }
}
