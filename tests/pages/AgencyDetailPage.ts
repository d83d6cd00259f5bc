import type { Locator } from 'playwright-core';
import { CoordinatorPage } from './CoordinatorPage';

/** `/rounds/<id>/agencies/<id>`: one agency in a round, its roles and respondents. */
export class AgencyDetailPage extends CoordinatorPage {
  async waitUntilShown(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: new RegExp(`^${name}`) }).waitFor();
  }

  get roleMeans(): Locator {
    return this.page.getByRole('table', { name: this.coordinator.rolesCaption, exact: true });
  }

  get respondentLinks(): Locator {
    return this.page
      .getByRole('region', { name: this.coordinator.respondents, exact: true })
      .getByRole('link');
  }
}
