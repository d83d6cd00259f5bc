import type { Locator } from 'playwright-core';
import { CoordinatorPage } from './CoordinatorPage';

/** `/rounds`: every round on the device, and the way to the trends. */
export class RoundsPage extends CoordinatorPage {
  async goto(baseURL: string): Promise<void> {
    await this.page.goto(`${baseURL}/rounds`);
    await this.waitForHeading(this.coordinator.roundsTitle);
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading(this.coordinator.roundsTitle);
  }

  round(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }

  get trendsLink(): Locator {
    return this.page.getByRole('link', { name: this.coordinator.trendsLink, exact: true });
  }
}
