import type { Locator, Page } from 'playwright-core';

export interface NewAction {
  what: string;
  who: string;
  /** yyyy-mm-dd */
  due: string;
}

/** The "Action plan" section of the results page, in English. */
export class ActionPlanSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Action plan', exact: true });
  }

  area(name: string): Locator {
    return this.region.getByRole('region', { name, exact: true });
  }

  /** Opens the form for `area`, fills it and saves; waits for the confirmation. */
  async add(area: string, action: NewAction): Promise<void> {
    const section = this.area(area);
    await section.getByRole('button', { name: `Add an action for ${area}`, exact: true }).click();
    await section.getByLabel('What will be done', { exact: true }).fill(action.what);
    await section.getByLabel('Who is responsible', { exact: true }).fill(action.who);
    await section.getByLabel('Due date', { exact: true }).fill(action.due);
    await section.getByRole('button', { name: 'Save the action', exact: true }).click();
    await this.region.getByText(`The action “${action.what}” was added.`).waitFor();
  }

  /** The status select of one action, named by what it says. */
  status(what: string): Locator {
    return this.region.getByLabel(`Status of “${what}”`, { exact: true });
  }
}
