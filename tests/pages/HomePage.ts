import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

export class HomePage extends AppPage {
  async goto(baseURL: string): Promise<void> {
    await this.page.goto(`${baseURL}/`);
    await this.waitForHeading(this.texts.homeTitle);
  }

  get startLink(): Locator {
    return this.page.getByRole('link', { name: this.texts.startLink, exact: true });
  }

  /** Links named "<agency name> · <round name>" in "Continue a draft". */
  get drafts(): Locator {
    return this.page.getByRole('region', { name: this.texts.drafts }).getByRole('link');
  }

  get submitted(): Locator {
    return this.page.getByRole('region', { name: this.texts.submitted }).getByRole('link');
  }

  async continueDraft(agency: string, round: string): Promise<void> {
    await this.page
      .getByRole('region', { name: this.texts.drafts })
      .getByRole('link', { name: `${agency} · ${round}`, exact: true })
      .click();
  }
}
