import type { Locator, Page } from 'playwright-core';

/**
 * What a round's optional modules add to the screens (English texts): the module choice of
 * the start form, the modules listed on a results page, and the questionnaire switch of the
 * round's screens.
 */
export const MODULE_TEXTS = {
  optional: 'Optional modules',
  resultsTitle: 'Modules of this round',
  otherTitle: 'Other questionnaires of this round',
  moduleNote: /^This is a module of the round\./,
  answer: (title: string) => `Answer the module: ${title}`,
  open: (title: string) => `Open ${title}`,
  switchLabel: 'Questionnaire shown',
  coreOption: (title: string) => `${title} (core)`,
  moduleOption: (title: string) => `Module: ${title}`,
} as const;

export class ModulesSection {
  constructor(readonly page: Page) {}

  /** The start form's checkbox of a module, "<title> (<version>)". */
  startCheckbox(title: string, version: string): Locator {
    return this.page
      .getByRole('group', { name: MODULE_TEXTS.optional, exact: true })
      .getByRole('checkbox', { name: `${title} (${version})`, exact: true });
  }

  /** On a core results page: "Modules of this round"; on a module's: "Other questionnaires …". */
  region(onCore: boolean): Locator {
    const name = onCore ? MODULE_TEXTS.resultsTitle : MODULE_TEXTS.otherTitle;
    return this.page.getByRole('region', { name, exact: true });
  }

  /** One row of the listed questionnaires as its cells' text, found by the questionnaire's name. */
  async row(onCore: boolean, name: string): Promise<string[]> {
    const row = this.region(onCore)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
    // The list is read from the database after the page shows; wait for the row.
    await row.waitFor();
    return (await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts()).map((t) =>
      t.trim(),
    );
  }

  answerButton(title: string): Locator {
    return this.page.getByRole('button', { name: MODULE_TEXTS.answer(title), exact: true });
  }

  /** The round screens' switch between the core and each module. */
  switchLink(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: MODULE_TEXTS.switchLabel, exact: true })
      .getByRole('link', { name, exact: true });
  }
}
