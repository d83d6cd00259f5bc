import type { Locator } from 'playwright-core';
import { escapeRegExp, type UiTexts } from './texts';

/** One question of a wizard step: a region named by its heading ("1.2 <question> (required)"). */
export class ItemSection {
  constructor(
    readonly region: Locator,
    private readonly texts: UiTexts,
  ) {}

  /** A radio by its whole name: "Yes", "Partly", a choice's label, "Not applicable". */
  radio(name: string): Locator {
    return this.region.getByRole('radio', { name, exact: true });
  }

  /** A level radio; its name starts with the level number: "3 Annual ICT plan …". */
  level(level: number): Locator {
    return this.region.getByRole('radio', { name: new RegExp(`^${level} `) });
  }

  get radios(): Locator {
    return this.region.getByRole('radio');
  }

  /** "Not applicable" / "Don't know": radios on choice items, checkboxes on typed ones. */
  skip(kind: 'na' | 'dk'): Locator {
    const name = kind === 'na' ? this.texts.notApplicable : this.texts.dontKnow;
    return this.region
      .getByRole('radio', { name, exact: true })
      .or(this.region.getByRole('checkbox', { name, exact: true }));
  }

  /** The typed answer; its name is the question followed by "Percentage (0–100)" or similar. */
  get value(): Locator {
    const labels = this.texts.typedLabels.map(escapeRegExp).join('|');
    return this.region.getByRole('textbox', { name: new RegExp(`(${labels})( \\(.+\\))?$`) });
  }

  get note(): Locator {
    return this.region.getByRole('textbox', { name: this.texts.note, exact: true });
  }

  /** "Enter a number from 0 to 100. Not saved yet." and the like. */
  get error(): Locator {
    return this.region.getByRole('alert');
  }
}
