import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

/** `/assessments/<id>/results`: headline figures, two charts, and the table behind them. */
export class ResultsPage extends AppPage {
  async goto(baseURL: string, assessmentId: string): Promise<void> {
    await this.page.goto(`${baseURL}/assessments/${assessmentId}/results`);
    await this.waitForHeading(this.texts.resultsTitle);
  }

  /**
   * A headline figure as shown, without its label: "Overall score" → "62.5 / 100".
   * Each figure is a label with its value beside it, inside the "Overall score" region.
   */
  async figure(label: string): Promise<string> {
    const labelText = this.page
      .getByRole('region', { name: this.texts.overallScore, exact: true })
      .getByText(label, { exact: true });
    const whole = await labelText.locator('xpath=..').innerText();
    return whole.replace(label, '').replace(/\s+/g, ' ').trim();
  }

  /** "62.5 / 100" → "62.5": the overall score as the page formats it. */
  async overallScore(): Promise<string> {
    const shown = await this.figure(this.texts.overallScore);
    return shown.replace(/\s*\/\s*100$/, '');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.texts.scoresTable, exact: true });
  }

  /** One row of the table as { column header: cell text }, found by the area's short title. */
  async row(area: string): Promise<Record<string, string>> {
    const headers = await this.table.getByRole('columnheader').allInnerTexts();
    const row = this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: area, exact: true }) });
    const cells = await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts();
    if (cells.length !== headers.length) {
      throw new Error(`row "${area}" has ${cells.length} cells for ${headers.length} columns`);
    }
    return Object.fromEntries(headers.map((header, i) => [header.trim(), cells[i]?.trim() ?? '']));
  }
}
