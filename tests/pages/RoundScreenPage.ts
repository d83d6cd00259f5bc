import type { Locator } from 'playwright-core';
import { clean, CoordinatorPage } from './CoordinatorPage';

/** `/rounds/<id>`: overview, heatmap, gaps, distribution and fragmentation of one round. */
export class RoundScreenPage extends CoordinatorPage {
  async goto(baseURL: string, roundId: string, name: string): Promise<void> {
    await this.page.goto(`${baseURL}/rounds/${roundId}`);
    await this.waitForHeading(name);
  }

  /** The round id in the address. */
  roundId(): string {
    const id = /\/rounds\/([^/?#]+)/.exec(new URL(this.page.url()).pathname)?.[1];
    if (!id) throw new Error(`no round in ${this.page.url()}`);
    return id;
  }

  get heatmap(): Locator {
    return this.page.getByRole('table', { name: this.coordinator.heatmapCaption, exact: true });
  }

  /** Clicks a column header of the heatmap (an area's short title, "Agency" or "Overall"). */
  async sortHeatmapBy(column: string): Promise<void> {
    await this.heatmap
      .getByRole('columnheader')
      .getByRole('button', { name: column, exact: true })
      .click();
  }

  async heatmapSort(column: string): Promise<string | null> {
    const header = this.heatmap.getByRole('columnheader').filter({
      has: this.page.getByRole('button', { name: column, exact: true }),
    });
    return header.getAttribute('aria-sort');
  }

  /** The agencies' rows of the heatmap in the order shown (the first tbody holds mean and target). */
  async heatmapRows(): Promise<Record<string, string>[]> {
    return this.tableRows(this.heatmap, 1);
  }

  /** The plain-language reading of the fragmentation figures. */
  async reading(): Promise<string> {
    // The sections below the heatmap render a moment later (a deferred update).
    const note = this.page.getByRole('note', { name: this.coordinator.reading, exact: true });
    await note.waitFor();
    // Laid out only once scrolled near (content-visibility), as a reader scrolls to it: from
    // the frame after the scroll.
    await note.scrollIntoViewIfNeeded();
    await note.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    return clean(await note.innerText());
  }

  async openCompare(): Promise<void> {
    await this.page.getByRole('link', { name: this.coordinator.compareLink, exact: true }).click();
  }

  async openAgency(name: string): Promise<void> {
    await this.heatmap.getByRole('link', { name, exact: true }).click();
  }

  async openTargets(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: this.coordinator.setTargets, exact: true })
      .click();
    await this.waitForHeading(this.coordinator.targetsTitle);
  }
}
