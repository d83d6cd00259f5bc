import type { Locator } from 'playwright-core';
import { AppPage } from './AppPage';

/** The presentation's texts in English (src/i18n/presentation.en.ts). */
export const PRESENT_EN = {
  link: 'Present to the room',
  contextTitle: 'Where Kyrgyzstan stands',
  summaryTitle: 'Summary',
  helpTitle: 'Keys for the presentation',
  hideNames: 'Hide agency names',
  namesHidden: 'Agency names hidden',
  chartName: /^Scores of the agencies in .+, 0–100$/,
};

/** `/rounds/<id>/present`: one slide at a time, moved with the keyboard. */
export class PresentationPage extends AppPage {
  readonly present = PRESENT_EN;

  async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  /** "Slide 3 of 13" → [3, 13]. */
  async counter(): Promise<[number, number]> {
    const text = await this.page.getByText(/^Slide \d+ of \d+$/).innerText();
    const [, current, count] = /Slide (\d+) of (\d+)/.exec(text) ?? [];
    return [Number(current), Number(count)];
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Presses `key` and waits until the slide's heading reads `heading`. */
  async pressTo(key: string, heading: string): Promise<void> {
    await this.press(key);
    await this.waitForHeading(heading);
  }

  get help(): Locator {
    return this.page.getByRole('dialog', { name: this.present.helpTitle, exact: true });
  }

  get chart(): Locator {
    return this.page.getByRole('img', { name: this.present.chartName });
  }

  /** How far the slide would scroll: 0 when it fits the window. */
  async slideOverflow(): Promise<{ vertical: number; horizontal: number }> {
    return this.page.evaluate(() => {
      const slide = document.querySelector('.present__slide');
      const root = document.documentElement;
      if (!slide) throw new Error('no slide');
      return {
        vertical: Math.max(
          slide.scrollHeight - slide.clientHeight,
          root.scrollHeight - root.clientHeight,
        ),
        horizontal: Math.max(
          slide.scrollWidth - slide.clientWidth,
          root.scrollWidth - root.clientWidth,
        ),
      };
    });
  }

  /** Every text and attribute value on the page, to look for names in. */
  async everything(): Promise<string> {
    return this.page.evaluate(() => {
      const parts = [document.body.innerHTML, document.body.innerText];
      for (const el of document.body.querySelectorAll('*')) {
        for (const a of el.attributes) parts.push(a.value);
      }
      return parts.join('\n');
    });
  }
}
