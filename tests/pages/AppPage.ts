import type { Locator, Page } from 'playwright-core';
import { EN, type UiTexts } from './texts';

/** What every screen shares: the main heading, the language switch, the page's language. */
export abstract class AppPage {
  constructor(
    readonly page: Page,
    readonly texts: UiTexts = EN,
  ) {}

  /** Waits until the screen's h1 reads `name` (screens are loaded lazily). */
  async waitForHeading(name: string | RegExp): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  /** Picks an interface language by its own name, e.g. "Русский". */
  async chooseLanguage(name: string): Promise<void> {
    await this.page.getByLabel(this.texts.language, { exact: true }).selectOption({ label: name });
  }

  /** The `lang` of the document, which screen readers and fonts follow. */
  async documentLanguage(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /** A prompt of the service worker's registration ("ready to work offline", "a new version"). */
  prompt(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The assessment id in the address, e.g. from `/assessments/<id>/step/2`. */
  assessmentId(): string {
    const id = /\/assessments\/([^/?#]+)/.exec(new URL(this.page.url()).pathname)?.[1];
    if (!id || id === 'new') throw new Error(`no assessment in ${this.page.url()}`);
    return id;
  }
}
