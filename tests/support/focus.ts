/**
 * Reads where the keyboard focus is, for tests that drive the app with the keyboard alone:
 * they press keys with `page.keyboard` and only look at the page through these.
 */
import type { Page } from 'playwright-core';

export interface Focused {
  /** Lower-case tag name: `input`, `button`, `a`, `h1` … */
  readonly tag: string;
  /** An input's or button's `type`; empty for other elements. */
  readonly type: string;
  readonly id: string;
  /** The form control's `name`, e.g. `answer-lead.digital-strategy` for a radio group. */
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
  /** The text of the control's first `<label>`, else its own text, squeezed. */
  readonly label: string;
}

/** What has the focus now; `null` when nothing does (the body). */
export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const control =
      el instanceof HTMLInputElement ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLButtonElement
        ? el
        : null;
    const labelText = control?.labels?.[0]?.textContent;
    return {
      tag: el.tagName.toLowerCase(),
      type: control && 'type' in control ? control.type : '',
      id: el.id,
      name: control?.name ?? '',
      value: control?.value ?? '',
      checked: el instanceof HTMLInputElement ? el.checked : false,
      label: squeeze(labelText ?? el.textContent),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element is what `wanted` accepts; returns
 * it. Fails after `max` presses, naming where the focus went.
 */
export async function tabTo(
  page: Page,
  wanted: (element: Focused) => boolean,
  options: { backwards?: boolean; max?: number; what?: string } = {},
): Promise<Focused> {
  const { backwards = false, max = 150 } = options;
  const visited: string[] = [];
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const element = await focused(page);
    if (element && wanted(element)) return element;
    visited.push(element ? `${element.tag}#${element.id} "${element.label.slice(0, 40)}"` : '-');
  }
  throw new Error(
    `${options.what ?? 'the wanted element'} not reached in ${max} presses of ` +
      `${backwards ? 'Shift+Tab' : 'Tab'}; focus went: ${visited.slice(-20).join(' → ')}`,
  );
}
