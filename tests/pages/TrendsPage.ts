import type { Locator } from 'playwright-core';
import { clean, CoordinatorPage } from './CoordinatorPage';

/** `/trends`: change per agency between two rounds. */
export class TrendsPage extends CoordinatorPage {
  async goto(baseURL: string): Promise<void> {
    await this.page.goto(`${baseURL}/trends`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading(this.coordinator.trendsTitle);
    await this.table.waitFor();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.coordinator.trendsTable, exact: true });
  }

  /** "Most improved" as listed: each entry as shown, e.g. "Social Fund demo: ▲ +12.3 points …". */
  async improved(): Promise<string[]> {
    return this.highlights(this.coordinator.improved);
  }

  async fellBack(): Promise<string[]> {
    return this.highlights(this.coordinator.fellBack);
  }

  private async highlights(title: string): Promise<string[]> {
    const region = this.page.getByRole('region', { name: title, exact: true });
    return (await region.getByRole('listitem').allInnerTexts()).map(clean);
  }
}
