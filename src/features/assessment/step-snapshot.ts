/**
 * A picture of the wizard step this device showed last, so that a draft reopened from a
 * bookmark or after a restart shows its question at once, while the app itself is still
 * starting. `step-snapshot-loader.js`, written inline into `index.html`, puts the picture on
 * the page before any of the app's code runs. The picture is inert (nothing in it can be
 * clicked, focused or read out), and the live step replaces it as soon as React draws it.
 *
 * Only one picture is kept, of the last step shown, with the assessment's revision. The
 * start-up code drops it before the live step is drawn when the stored assessment has moved
 * on since (another tab, an import), is submitted, or resumes at another step
 * (`dropStaleStepSnapshot`), so a stale picture is never what a person reads for long.
 *
 * Keep the names below in step with `step-snapshot-loader.js`; `step-snapshot.test.ts` runs
 * both together.
 */
import { LOCALE_STORAGE_KEY } from '@/i18n/catalogs';

/** The localStorage key of the picture. */
export const SNAPSHOT_KEY = 'egov.stepSnapshot';
/** The format of what is stored under `SNAPSHOT_KEY`. */
const FORMAT = 1;
/** A picture larger than this is not kept: localStorage is small and read synchronously. */
const MAX_CHARS = 300_000;

export interface StepSnapshot {
  format: typeof FORMAT;
  assessmentId: string;
  /** The step's address, e.g. `/assessments/<id>/step/3`. */
  path: string;
  revision: number;
  /** The page's language, and what decided it: a different choice shows no picture. */
  lang: string;
  localeChoice: string | null;
  languages: string;
  /** The inner markup of the app's root element. */
  html: string;
}

/** What the page was showing when its picture was put up, read from the picture itself. */
export interface ShownSnapshot {
  path: string;
  revision: number;
}

/** The marker attribute of the picture's wrapper inside the root element. */
const MARK = 'data-step-snapshot';
/** Marks what the picture leaves out: messages that were on screen only for a moment. */
export const NOT_IN_SNAPSHOT = 'data-not-in-snapshot';

/**
 * The markup of `root` as a picture: form state (which lives in properties) written into
 * attributes, passing messages (`NOT_IN_SNAPSHOT`) left out, only the step's first `firstItems` questions in `items` kept (as the live step
 * draws its first frame), element timings renamed with `-saved`, and style attributes moved
 * aside, since the page's content security policy refuses inline styles in markup.
 */
export function captureStepMarkup(root: HTMLElement, items: Element, firstItems: number): string {
  const path = childPath(root, items);
  const copy = root.cloneNode(true) as HTMLElement;
  const live = root.querySelectorAll('input, textarea, select');
  const copied = copy.querySelectorAll('input, textarea, select');
  live.forEach((element, i) => reflectState(element, copied[i]));
  const copiedItems = path ? followPath(copy, path) : undefined;
  if (copiedItems) {
    [...copiedItems.children].slice(firstItems).forEach((child) => child.remove());
    copiedItems.setAttribute('aria-busy', 'true');
  }
  // Passing messages (a conflict, the offline copy being ready) are not part of the step.
  for (const passing of copy.querySelectorAll(`[${NOT_IN_SNAPSHOT}]`)) passing.remove();
  for (const timed of copy.querySelectorAll('[elementtiming]')) {
    timed.setAttribute('elementtiming', `${timed.getAttribute('elementtiming') ?? ''}-saved`);
  }
  for (const styled of copy.querySelectorAll('[style]')) {
    styled.setAttribute('data-snapshot-style', styled.getAttribute('style') ?? '');
    styled.removeAttribute('style');
  }
  return copy.innerHTML;
}

/** Keeps `snapshot` as the picture to show; a full or blocked storage only skips it. */
export function saveStepSnapshot(
  snapshot: Omit<StepSnapshot, 'format' | 'localeChoice' | 'languages'>,
) {
  if (snapshot.html.length > MAX_CHARS) return forgetStepSnapshot();
  try {
    const stored: StepSnapshot = {
      format: FORMAT,
      ...snapshot,
      localeChoice: localStorage.getItem(LOCALE_STORAGE_KEY),
      languages: navigator.languages.join(','),
    };
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(stored));
  } catch {
    // Without a picture the draft opens as it did before: a moment later.
  }
}

export function forgetStepSnapshot(): void {
  try {
    localStorage.removeItem(SNAPSHOT_KEY);
  } catch {
    // Nothing stored to forget.
  }
}

/** The picture on the page now, if the start-up code put one up and the app has not replaced it. */
export function shownStepSnapshot(root: ParentNode = document): ShownSnapshot | undefined {
  const shown = root.querySelector(`[${MARK}]`);
  return shown ? pictureOf(shown) : undefined;
}

/**
 * Takes the picture off the page, and out of storage, unless it shows `current`: the step at
 * `current.path` of the assessment at `current.revision`, still a draft. Given `null` (no
 * such assessment), it always goes.
 */
export function dropStaleStepSnapshot(
  current: { path: string; revision: number; submitted: boolean } | null,
  root: ParentNode = document,
): void {
  const shown = root.querySelector(`[${MARK}]`);
  if (!shown) return;
  const { path, revision } = pictureOf(shown);
  if (current && !current.submitted && current.path === path && current.revision === revision) {
    return;
  }
  shown.remove();
  forgetStepSnapshot();
}

function pictureOf(shown: Element): ShownSnapshot {
  return {
    path: shown.getAttribute(MARK) ?? '',
    revision: Number(shown.getAttribute('data-revision')),
  };
}

function reflectState(live: Element, copy: Element | undefined) {
  if (!copy) return;
  if (live instanceof HTMLInputElement) {
    if (live.type === 'checkbox' || live.type === 'radio') {
      copy.toggleAttribute('checked', live.checked);
    } else {
      copy.setAttribute('value', live.value);
    }
  } else if (live instanceof HTMLTextAreaElement) {
    copy.textContent = live.value;
  } else if (live instanceof HTMLSelectElement) {
    const options = copy.querySelectorAll('option');
    [...live.options].forEach((option, i) => {
      options[i]?.toggleAttribute('selected', option.selected);
    });
  }
}

/** The child indexes leading from `root` down to `target`, if `target` is inside it. */
function childPath(root: Element, target: Element): number[] | undefined {
  const path: number[] = [];
  let node: Element | null = target;
  while (node && node !== root) {
    const parent: Element | null = node.parentElement;
    if (!parent) return undefined;
    path.unshift([...parent.children].indexOf(node));
    node = parent;
  }
  return node === root ? path : undefined;
}

function followPath(root: Element, path: number[]): Element | undefined {
  let node: Element | undefined = root;
  for (const index of path) node = node?.children[index];
  return node;
}
