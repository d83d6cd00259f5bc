import type { Locator, Page } from 'playwright-core';
import { AppPage } from './AppPage';
import { COORDINATOR_EN, type CoordinatorTexts } from './coordinator-texts';
import { EN, type UiTexts } from './texts';

/** What the coordinator's screens share: their texts, besides the app's common ones. */
export abstract class CoordinatorPage extends AppPage {
  constructor(
    page: Page,
    texts: UiTexts = EN,
    readonly coordinator: CoordinatorTexts = COORDINATOR_EN,
  ) {
    super(page, texts);
  }

  /**
   * The rows of a table as { column header: cell text }, the row header included; only the
   * rows of the `body`-th tbody when given.
   */
  protected async tableRows(table: Locator, body?: number): Promise<Record<string, string>[]> {
    const headers = (await table.locator('thead th').allInnerTexts()).map((h) => clean(h));
    const bodies = table.locator('tbody');
    const rows = (body === undefined ? bodies : bodies.nth(body)).locator('tr');
    const out: Record<string, string>[] = [];
    for (const row of await rows.all()) {
      const cells = (await row.locator('th, td').allInnerTexts()).map((c) => clean(c));
      out.push(Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
    }
    return out;
  }
}

/** Text as read: sort arrows and line breaks out, single spaces. */
export function clean(text: string): string {
  return text.replace(/[↕▲▼]/g, '').replace(/\s+/g, ' ').trim();
}
