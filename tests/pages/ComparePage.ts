import type { Locator } from 'playwright-core';
import { clean, CoordinatorPage } from './CoordinatorPage';

/** `/rounds/<id>/compare?agencies=…`: two to six agencies overlaid and side by side. */
export class ComparePage extends CoordinatorPage {
  async waitUntilShown(): Promise<void> {
    await this.waitForHeading(this.coordinator.compareTitle);
  }

  get picker(): Locator {
    return this.page.getByRole('group', { name: this.coordinator.pickLegend, exact: true });
  }

  /** Ticks an agency by its name (a demo agency's box reads "<name> demo"). */
  async choose(name: string): Promise<void> {
    const box = this.picker.getByRole('checkbox', { name: new RegExp(`^${escape(name)}( |$)`) });
    await box.check();
  }

  /** The agency ids in the address, in the order chosen. */
  chosenInAddress(): string[] {
    const raw = new URL(this.page.url()).searchParams.get('agencies');
    return raw ? raw.split(',') : [];
  }

  get radar(): Locator {
    return this.page.getByRole('img', {
      name: new RegExp(`^${escape(this.coordinator.radarTitle)}`),
    });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.coordinator.compareTable, exact: true });
  }

  /** The agencies across the table's head, the "demo" label left out. */
  async agencies(): Promise<string[]> {
    const headers = await this.table.locator('thead th').allInnerTexts();
    return headers.slice(1, -1).map((h) => clean(h).replace(/ demo$/, ''));
  }

  /** The cells of one row (an area or "Overall") as shown, e.g. "73.1 B highest". */
  async row(area: string): Promise<string[]> {
    const row = this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: area, exact: true }) });
    return (await row.getByRole('cell').allInnerTexts()).map(clean);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
